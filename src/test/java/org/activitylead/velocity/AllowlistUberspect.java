package org.activitylead.velocity;

import java.lang.reflect.Method;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.apache.velocity.exception.VelocityException;
import org.apache.velocity.runtime.RuntimeServices;
import org.apache.velocity.util.RuntimeServicesAware;
import org.apache.velocity.util.introspection.Info;
import org.apache.velocity.util.introspection.UberspectImpl;
import org.apache.velocity.util.introspection.VelMethod;
import org.apache.velocity.util.introspection.VelPropertyGet;
import org.apache.velocity.util.introspection.VelPropertySet;

/**
 * A deny-by-default stand-in for the hosts' Velocity method allowlist (Confluence 9+, Jira 10+): a template may call
 * only the methods listed in our {@code <velocity-allowlist>}, and may iterate only {@link List}s. Anything else,
 * including a call to a method that does not exist, fails the render, so a template that calls an unlisted method
 * fails its test instead of being silently blocked in production.
 *
 * <p>Entries are matched against the class of the object the call is made on, which for our records is the class the
 * entry names. Velocity creates this class by name; it gets the allowlist and a sink for the calls it allowed
 * through application attributes of the engine.
 *
 * <p>An engine that plays Jira ({@link #HOST} set) also meets Jira's own objects and macros, whose calls Jira's global
 * allowlist governs, not ours (see {@link JiraHost}): on a stand-in for a Jira object a template may make only the
 * calls {@link JiraHost#MEMBERS_OUR_TEMPLATES_USE} documents, recorded apart from ours; code of the stand-in macro
 * library, being Jira's, may call what it likes on anything but our classes. Calls on our classes are checked against
 * our allowlist in every case.
 */
public class AllowlistUberspect extends UberspectImpl implements RuntimeServicesAware {

    static final String ALLOWLIST = AllowlistUberspect.class.getName() + ".allowlist";
    static final String CALLS = AllowlistUberspect.class.getName() + ".calls";
    /** Present (any value) when the engine plays Jira; then {@link #HOST_CALLS} receives the calls on Jira's objects. */
    static final String HOST = AllowlistUberspect.class.getName() + ".host";
    static final String HOST_CALLS = AllowlistUberspect.class.getName() + ".hostCalls";

    private VelocityAllowlist allowlist;
    private Set<String> calls;
    private boolean playsJira;
    private Set<String> hostCalls;

    @Override
    @SuppressWarnings("unchecked")
    public void setRuntimeServices(RuntimeServices services) {
        allowlist = (VelocityAllowlist) services.getApplicationAttribute(ALLOWLIST);
        calls = (Set<String>) services.getApplicationAttribute(CALLS);
        playsJira = services.getApplicationAttribute(HOST) != null;
        hostCalls = (Set<String>) services.getApplicationAttribute(HOST_CALLS);
    }

    @Override
    public VelMethod getMethod(Object target, String methodName, Object[] args, Info info) throws Exception {
        Method method = target == null ? null : introspector.getMethod(target.getClass(), methodName, args);
        if (method == null) {
            throw new DeniedCall("no method " + methodName + " on " + typeOf(target), info);
        }
        allow(target.getClass(), method, info);
        return super.getMethod(target, methodName, args, info);
    }

    /** {@code $x.name}: allowed only when it resolves to a listed no-argument getter (Velocity may also try Map#get). */
    @Override
    public VelPropertyGet getPropertyGet(Object target, String identifier, Info info) throws Exception {
        VelPropertyGet getter = target == null ? null : super.getPropertyGet(target, identifier, info);
        Method method = getter == null ? null : introspector.getMethod(target.getClass(), getter.getMethodName(), new Object[0]);
        if (method == null) {
            throw new DeniedCall("no getter for " + identifier + " on " + typeOf(target), info);
        }
        allow(target.getClass(), method, info);
        return getter;
    }

    /** Templates only read immutable view models; setting a property is never allowed. */
    @Override
    public VelPropertySet getPropertySet(Object target, String identifier, Object arg, Info info) {
        throw new DeniedCall("#set of " + identifier + " on " + typeOf(target), info);
    }

    @Override
    public Iterator<?> getIterator(Object target, Info info) {
        if (!(target instanceof List<?> list)) {
            throw new DeniedCall("#foreach over " + typeOf(target) + " (only java.util.List)", info);
        }
        return list.iterator();
    }

    private void allow(Class<?> type, Method method, Info info) {
        boolean ours = type.getName().startsWith("org.activitylead.") && !JiraHost.isHostObject(type);
        if (playsJira && !ours && JiraHost.isMacroLibrary(info.getTemplateName())) {
            return; // Jira's own macro code: Jira's global allowlist decides, and it never reaches our classes here.
        }
        if (playsJira && JiraHost.isHostObject(type)) {
            String entry = JiraHost.entry(type, method);
            if (!JiraHost.MEMBERS_OUR_TEMPLATES_USE.contains(entry)) {
                throw new DeniedCall(entry + " is a call on Jira's object that JiraHost does not document", info);
            }
            hostCalls.add(entry);
            return;
        }
        allow(VelocityAllowlist.entry(type, method), info);
    }

    private void allow(String entry, Info info) {
        if (!allowlist.allows(entry)) {
            throw new DeniedCall(entry + " is not in the velocity-allowlist", info);
        }
        calls.add(entry);
    }

    private static String typeOf(Object target) {
        return target == null ? "null" : target.getClass().getName();
    }

    /** Thrown while Velocity resolves a call, so it ends the render instead of printing the reference literally. */
    static final class DeniedCall extends VelocityException {
        private static final long serialVersionUID = 1L;

        DeniedCall(String what, Info info) {
            super("Denied: " + what + " at " + info.getTemplateName() + "[" + info.getLine() + "," + info.getColumn() + "]");
        }
    }
}
