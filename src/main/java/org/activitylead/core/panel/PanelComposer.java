package org.activitylead.core.panel;

import java.time.LocalDate;
import java.util.Map;
import org.activitylead.core.people.ProductLinks;
import org.activitylead.core.people.Texts;
import org.activitylead.core.people.Translator;
import org.activitylead.core.people.UserDirectory;

/** The macro's use case: parse the parameters, resolve the people once each, assess, build the view. */
public final class PanelComposer {

    private final UserDirectory<?> directory;
    private final PanelViewFactory views;
    private final LocalDate today;

    public PanelComposer(UserDirectory<?> directory, Translator translator, ProductLinks links, OutputMode mode, LocalDate today) {
        this.directory = directory;
        this.views = new PanelViewFactory(new Texts(translator), links, mode);
        this.today = today;
    }

    public PanelView compose(Map<String, String> parameters) {
        return compose(parameters, false);
    }

    /** @param laterPanel whether another panel came first on the page, which is the one recorded and searched */
    public PanelView compose(Map<String, String> parameters, boolean laterPanel) {
        Ownership ownership = Ownership.resolve(OwnershipParameters.parse(parameters), directory);
        Assessment assessment = OwnershipRules.assess(ownership, today);
        return views.create(ownership, laterPanel ? assessment.after(OwnershipRules.laterPanel()) : assessment);
    }
}
