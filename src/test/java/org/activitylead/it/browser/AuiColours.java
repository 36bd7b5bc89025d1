package org.activitylead.it.browser;

import java.util.Map;
import org.activitylead.core.panel.Status;

/**
 * The colour a person must see behind each status, as AUI 10.0.4 paints its lozenges in the light theme: the
 * Status macro's colour names (green LIVE, grey DRAFT, blue IN REVIEW, yellow AT RISK, red DEPRECATED, subtle grey
 * ARCHIVED) resolved through AUI's lozenge variables to Atlassian design tokens. Written down here from AUI's
 * stylesheet, not read from the app, so a status mapped to the wrong class, or a stylesheet of ours painting over
 * AUI's, shows up as the wrong colour.
 */
final class AuiColours {

    static final Map<Status, String> LOZENGE_BACKGROUND = Map.of(
            Status.LIVE, "rgb(31, 132, 90)",               // aui-lozenge-success: --ds-background-success-bold #1f845a
            Status.DRAFT, "rgb(68, 84, 111)",              // aui-lozenge: --ds-background-neutral-bold #44546f
            Status.IN_REVIEW, "rgb(12, 102, 228)",         // aui-lozenge-current: --ds-background-information-bold #0c66e4
            Status.AT_RISK, "rgb(245, 205, 71)",           // aui-lozenge-moved: --ds-background-warning-bold #f5cd47
            Status.DEPRECATED, "rgb(201, 55, 44)",         // aui-lozenge-error: --ds-background-danger-bold #c9372c
            Status.ARCHIVED, "rgba(9, 30, 66, 0.06)");     // aui-lozenge-subtle: --ds-background-neutral #091e420f

    private AuiColours() {
    }
}
