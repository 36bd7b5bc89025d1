package org.activitylead.confluence;

import com.atlassian.confluence.core.ConfluenceActionSupport;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.websudo.WebSudoRequired;
import java.util.function.Supplier;

/**
 * The app's screens in Confluence's administration: for Confluence administrators and system administrators (SAL's
 * isAdmin), checked on the server by Confluence before every method through {@link #isPermitted()}, and by each
 * method again; marked for the secure administrator session (WebSudo), which subclasses inherit, as they are also
 * under /admin.
 */
@WebSudoRequired
abstract class AdminScreen extends ConfluenceActionSupport {

    /** Confluence's own result names: its login or "not permitted" page, and ours. */
    static final String NOT_PERMITTED = "notpermitted";
    static final String SUCCESS = "success";
    static final String ERROR = "error";

    private final UserManager userManager;

    AdminScreen(UserManager userManager) {
        this.userManager = userManager;
    }

    /** The signed-in user is an administrator; never an anonymous user. */
    @Override
    public boolean isPermitted() {
        UserKey user = userManager.getRemoteUserKey();
        return user != null && userManager.isAdmin(user);
    }

    /** Shows the screen. */
    @Override
    public String execute() {
        return isPermitted() ? SUCCESS : NOT_PERMITTED;
    }

    /** The request's work, for an administrator only: every method checks again, whatever ran before it. */
    final String ifPermitted(Supplier<String> work) {
        return isPermitted() ? work.get() : NOT_PERMITTED;
    }

    /** The administrator using the screen. */
    UserKey administrator() {
        return userManager.getRemoteUserKey();
    }
}
