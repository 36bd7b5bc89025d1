package org.activitylead.bench;

import com.atlassian.templaterenderer.TemplateRenderer;
import java.io.IOException;
import java.io.Writer;
import java.util.Map;
import org.activitylead.core.panel.DateRowView;
import org.activitylead.core.panel.MessageView;
import org.activitylead.core.panel.PanelView;
import org.activitylead.core.panel.PeopleRowView;
import org.activitylead.core.people.PersonView;
import org.activitylead.core.panel.StatusView;

/**
 * The floor the panel's render is compared with: the markup of templates/activity-lead-panel.vm written by hand into
 * one StringBuilder, character for character (HandWrittenPanelTest proves it), in place of the template engine. The
 * macro runs unchanged around it, so the difference to the real render is what the template engine costs.
 *
 * <p>Every value is printed as the view model holds it: its Html members are encoded already, and its CSS classes
 * come from fixed enums, so the host's escaping of them changes nothing.
 */
public final class HandWrittenPanel implements TemplateRenderer {

    private static final String TEMPLATE = "templates/activity-lead-panel.vm";

    @Override
    public void render(String templateName, Map<String, Object> context, Writer writer) throws IOException {
        if (!TEMPLATE.equals(templateName)) {
            throw new IllegalArgumentException("the floor writes only " + TEMPLATE + ", not " + templateName);
        }
        writer.write(html((PanelView) context.get("panel")));
    }

    /** Characters the frame and each person take, so the builder is sized once: growing it would be cost the floor adds. */
    private static final int FRAME_CHARS = 1536;
    private static final int PERSON_CHARS = 640;

    static String html(PanelView panel) {
        int people = panel.peopleRows().stream().mapToInt(row -> row.people().size()).sum();
        StringBuilder out = new StringBuilder(FRAME_CHARS + PERSON_CHARS * people);
        out.append("<div class=\"activity-lead-panel\">\n");
        for (MessageView message : panel.messages()) {
            out.append("<div class=\"").append(message.cssClasses()).append("\"><p>").append(message.textHtml()).append("</p></div>\n");
        }
        out.append("<table class=\"aui activity-lead-properties\">\n<tbody>\n");
        if (panel.status() != null) {
            status(out, panel.status());
        }
        for (PeopleRowView row : panel.peopleRows()) {
            row(out, row);
        }
        if (panel.reviewBy() != null) {
            DateRowView date = panel.reviewBy();
            out.append("<tr>\n<th scope=\"row\">").append(date.labelHtml()).append("</th>\n<td><time datetime=\"")
                    .append(date.isoDateHtml()).append("\">").append(date.textHtml()).append("</time></td>\n</tr>\n");
        }
        return out.append("</tbody>\n</table>\n</div>\n").toString();
    }

    private static void status(StringBuilder out, StatusView status) {
        out.append("<tr>\n<th scope=\"row\">").append(status.labelHtml()).append("</th>\n<td><span class=\"")
                .append(status.cssClasses()).append("\">").append(status.textHtml()).append("</span>");
        if (status.customerFacingHtml() != null) {
            out.append(" <span class=\"aui-lozenge aui-lozenge-subtle activity-lead-customer-facing\">")
                    .append(status.customerFacingHtml()).append("</span>");
        }
        out.append("</td>\n</tr>\n");
    }

    private static void row(StringBuilder out, PeopleRowView row) {
        out.append("<tr>\n<th scope=\"row\">").append(row.labelHtml()).append("</th>\n<td>\n");
        if (row.emptyHtml() != null) {
            out.append("<span class=\"activity-lead-not-set\">").append(row.emptyHtml()).append("</span>");
        }
        out.append("<ul class=\"activity-lead-people\">\n");
        for (PersonView person : row.people()) {
            person(out, person);
        }
        out.append("</ul>\n");
        if (row.noteHtml() != null) {
            out.append("<span class=\"activity-lead-note\">").append(row.noteHtml()).append("</span>");
        }
        out.append("</td>\n</tr>\n");
    }

    private static void person(StringBuilder out, PersonView person) {
        out.append("<li class=\"").append(person.cssClasses()).append("\">");
        if (person.link() != null) {
            out.append("<a class=\"").append(person.link().cssClasses()).append("\" href=\"").append(person.link().hrefHtml())
                    .append("\" data-username=\"").append(person.link().dataUsernameHtml()).append("\">");
        }
        if (person.avatarUrlHtml() != null) {
            out.append("<span class=\"aui-avatar aui-avatar-xsmall\"><span class=\"aui-avatar-inner\"><img src=\"")
                    .append(person.avatarUrlHtml()).append("\" alt=\"\"></span></span> ");
        }
        out.append("<bdi>").append(person.displayNameHtml()).append("</bdi>");
        if (person.link() != null) {
            out.append("</a>");
        }
        if (person.stateHtml() != null) {
            out.append(" <span class=\"activity-lead-person-state\">").append(person.stateHtml()).append("</span>");
        }
        out.append("</li>\n");
    }
}
