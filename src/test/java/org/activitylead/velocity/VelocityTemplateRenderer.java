package org.activitylead.velocity;

import com.atlassian.templaterenderer.RenderingException;
import com.atlassian.templaterenderer.TemplateRenderer;
import java.io.IOException;
import java.io.Writer;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.velocity.Template;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.exception.VelocityException;
import org.apache.velocity.runtime.RuntimeConstants;
import org.apache.velocity.runtime.RuntimeInstance;
import org.apache.velocity.runtime.log.NullLogChute;
import org.apache.velocity.runtime.resource.loader.ClasspathResourceLoader;

/**
 * The host's {@link TemplateRenderer} played by the real Apache Velocity 1.7 engine: templates come from the class
 * path (as ATR reads them from the plugin JAR), references are strict, every call goes through the deny-by-default
 * {@link AllowlistUberspect}, and the host's auto-escaping ({@link HostEscaping}) is switched on or off.
 *
 * <p>Each renderer has its own engine. The test renderers cache nothing across renders: every render parses the
 * template afresh and starts with an empty introspection cache, so each one passes every call through the allowlist.
 * The benchmarks' renderers ({@link #cachingTemplates}) keep parsed templates, as the hosts do in production; each
 * render still starts with an empty introspection cache, so its calls still pass the allowlist.
 *
 * <p>{@link #forJira} plays Jira rendering a custom field: its global field macros exist (as the test stand-ins of
 * {@link JiraHost#MACRO_LIBRARY}) and calls on its own objects follow {@link JiraHost}, not our allowlist.
 */
public final class VelocityTemplateRenderer implements TemplateRenderer {

    private final RuntimeInstance engine = new RuntimeInstance();
    private final Set<String> calls = ConcurrentHashMap.newKeySet();
    private final Set<String> hostCalls = ConcurrentHashMap.newKeySet();

    /** The test stand-in for Confluence's global macros that action templates call ({@code #form_xsrfToken}). */
    static final String CONFLUENCE_ACTION_MACROS = "velocity/confluence-action-macros.vm";

    private VelocityTemplateRenderer(boolean hostEscaping, VelocityAllowlist allowlist, boolean jira, boolean cacheTemplates) {
        this(hostEscaping, allowlist, jira, cacheTemplates, jira ? JiraHost.MACRO_LIBRARY : "");
    }

    private VelocityTemplateRenderer(boolean hostEscaping, VelocityAllowlist allowlist, boolean jira, boolean cacheTemplates, String library) {
        engine.setProperty(RuntimeConstants.RESOURCE_LOADER, "class");
        engine.setProperty("class.resource.loader.class", ClasspathResourceLoader.class.getName());
        engine.setProperty("class.resource.loader.cache", Boolean.toString(cacheTemplates));
        // Templates inside a plugin JAR never change while it runs: no modification checks.
        engine.setProperty("class.resource.loader.modificationCheckInterval", "0");
        engine.setProperty(RuntimeConstants.INPUT_ENCODING, "UTF-8");
        engine.setProperty(RuntimeConstants.OUTPUT_ENCODING, "UTF-8");
        engine.setProperty(RuntimeConstants.RUNTIME_REFERENCES_STRICT, "true");
        engine.setProperty(RuntimeConstants.UBERSPECT_CLASSNAME, AllowlistUberspect.class.getName());
        engine.setProperty(RuntimeConstants.VM_LIBRARY, library);
        if (hostEscaping) {
            // Registered with the engine, as the hosts configure their escaping, not attached to each render's context.
            engine.setProperty(RuntimeConstants.EVENTHANDLER_REFERENCEINSERTION, HostEscaping.class.getName());
        }
        // Velocity 1.7 otherwise writes velocity.log into the working directory.
        engine.setProperty(RuntimeConstants.RUNTIME_LOG_LOGSYSTEM_CLASS, NullLogChute.class.getName());
        engine.setApplicationAttribute(AllowlistUberspect.ALLOWLIST, allowlist);
        engine.setApplicationAttribute(AllowlistUberspect.CALLS, calls);
        if (jira) {
            engine.setApplicationAttribute(AllowlistUberspect.HOST, Boolean.TRUE);
            engine.setApplicationAttribute(AllowlistUberspect.HOST_CALLS, hostCalls);
        }
        engine.init();
    }

    /** Allows exactly what atlassian-plugin.xml allowlists; {@code hostEscaping} plays a host that escapes references. */
    public static VelocityTemplateRenderer withHostEscaping(boolean hostEscaping) {
        return new VelocityTemplateRenderer(hostEscaping, VelocityAllowlist.fromPluginDescriptor(), false, false);
    }

    /** As {@link #withHostEscaping}, rendering as Jira renders a custom field's templates (see {@link JiraHost}). */
    public static VelocityTemplateRenderer forJira(boolean hostEscaping) {
        return new VelocityTemplateRenderer(hostEscaping, VelocityAllowlist.fromPluginDescriptor(), true, false);
    }

    /** As {@link #withHostEscaping}, rendering as Confluence renders an action's template, with its global macros. */
    public static VelocityTemplateRenderer forConfluenceAction(boolean hostEscaping) {
        return new VelocityTemplateRenderer(hostEscaping, VelocityAllowlist.fromPluginDescriptor(), false, false, CONFLUENCE_ACTION_MACROS);
    }

    /**
     * As the host renders in production, for the benchmarks: host escaping on, parsed templates kept across renders
     * (Confluence and Jira cache them), as Jira renders a custom field when {@code jira} is set.
     */
    public static VelocityTemplateRenderer cachingTemplates(boolean jira) {
        return new VelocityTemplateRenderer(true, VelocityAllowlist.fromPluginDescriptor(), jira, true);
    }

    @Override
    public void render(String templateName, Map<String, Object> context, Writer writer) throws IOException {
        try {
            Template template = engine.getTemplate(templateName, "UTF-8");
            template.merge(new VelocityContext(new HashMap<>(context)), writer);
        } catch (VelocityException e) {
            throw new RenderingException("cannot render " + templateName + ": " + e.getMessage(), e);
        }
    }

    /** Every allowlist entry a render of this renderer has called so far. */
    Set<String> calls() {
        return Set.copyOf(calls);
    }

    /** Every call our templates made on Jira's objects so far (never those of Jira's own macros). */
    Set<String> hostCalls() {
        return Set.copyOf(hostCalls);
    }
}
