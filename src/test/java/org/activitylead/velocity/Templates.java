package org.activitylead.velocity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The plugin's Velocity templates, as the renderer finds them on the class path. */
final class Templates {

    static final String DIRECTORY = "templates";
    static final String PANEL = DIRECTORY + "/activity-lead-panel.vm";
    static final String EXPORT = DIRECTORY + "/activity-lead-panel-export.vm";
    /** The report macro's page view and static export. */
    static final String REPORT = DIRECTORY + "/activity-lead-report.vm";
    static final String REPORT_EXPORT = DIRECTORY + "/activity-lead-report-export.vm";
    /** The recording job's administration screen (a Struts action's template). */
    static final String RECORDING = DIRECTORY + "/activity-lead-recording.vm";
    /** The health screen (a Struts action's template). */
    static final String HEALTH = DIRECTORY + "/activity-lead-health.vm";
    /** The same screen for one space, from its space tools, and the body both parse. */
    static final String SPACE_HEALTH = DIRECTORY + "/activity-lead-space-health.vm";
    static final String HEALTH_BODY = DIRECTORY + "/activity-lead/health-body.vm";
    static final String REASSIGN = DIRECTORY + "/activity-lead-reassign.vm";
    /** The same screen for one space, and the body both parse. */
    static final String SPACE_REASSIGN = DIRECTORY + "/activity-lead-space-reassign.vm";
    static final String REASSIGN_CONFLUENCE_BODY = DIRECTORY + "/activity-lead/reassign-confluence-body.vm";
    /** The parts both products' reassignment screens parse. */
    static final String REASSIGN_JOB = DIRECTORY + "/activity-lead/reassign-job.vm";
    static final String REASSIGN_RESULTS = DIRECTORY + "/activity-lead/reassign-results.vm";
    static final String REASSIGN_CONFIRM_FIELDS = DIRECTORY + "/activity-lead/reassign-confirm-fields.vm";
    static final String REASSIGN_FORM_FIELDS = DIRECTORY + "/activity-lead/reassign-form-fields.vm";
    /** The Jira DRI field's templates (customfield-type "dri") and its workflow validator's. */
    static final String DRI_VIEW = DIRECTORY + "/dri/view.vm";
    static final String DRI_XML = DIRECTORY + "/dri/xml.vm";
    static final String DRI_EDIT = DIRECTORY + "/dri/edit.vm";
    static final String DRI_VALIDATOR = DIRECTORY + "/dri/validator.vm";
    /** Jira's DRI health screen (a webwork action's view). */
    static final String DRI_HEALTH = DIRECTORY + "/dri/health.vm";
    /** Jira's DRI reassignment screen (a webwork action's view). */
    static final String DRI_REASSIGN = DIRECTORY + "/dri/reassign.vm";
    /** The person fragment the panel, the export and the DRI view parse. */
    static final String PERSON = DIRECTORY + "/activity-lead/person.vm";

    private static final Pattern PARSE = Pattern.compile("#\\{?parse}?\\(\"([^\"]+)\"\\)");

    private Templates() {
    }

    /** Every {@code .vm} file the plugin ships, in any folder below {@link #DIRECTORY}, by class-path name. */
    static List<String> all() {
        URL directory = Templates.class.getClassLoader().getResource(DIRECTORY);
        if (directory == null) {
            throw new IllegalStateException("no " + DIRECTORY + " on the class path");
        }
        try (Stream<Path> files = Files.walk(Path.of(directory.toURI()))) {
            Path root = Path.of(directory.toURI());
            return files.filter(Files::isRegularFile)
                    .map(file -> DIRECTORY + "/" + root.relativize(file).toString().replace('\\', '/'))
                    .filter(name -> name.endsWith(".vm"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The source with each literal {@code #parse} of a fragment replaced by the fragment's source, as Velocity renders it. */
    static String withFragments(String templateName) {
        return withFragmentsOf(source(templateName));
    }

    static String withFragmentsOf(String source) {
        return PARSE.matcher(source).replaceAll(parse -> Matcher.quoteReplacement(withFragments(parse.group(1))));
    }

    static boolean parsesFragments(String source) {
        return PARSE.matcher(source).find();
    }

    static String source(String templateName) {
        try (var in = Templates.class.getClassLoader().getResourceAsStream(templateName)) {
            if (in == null) {
                throw new IllegalStateException("no template " + templateName);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
