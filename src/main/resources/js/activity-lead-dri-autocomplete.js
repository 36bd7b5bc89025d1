/*
 * Activity Lead: autocomplete for the DRI field's edit control (templates/dri/edit.vm).
 *
 * The control stays a plain text input that submits exactly one username; this script only fills the <datalist> the
 * input names (its list attribute) with suggestions from Jira's documented REST resource
 * GET <context path>/rest/api/2/user/picker?query=...&maxResults=10, answered as {"users":[{"name", "key",
 * "displayName"}, ...]}. Options are built with DOM APIs only: each option's value is the username and its label the
 * display name, both set as properties, so nothing from the server is ever parsed as markup.
 *
 * Inputs are found by class; a MutationObserver picks up those Jira inserts later (quick create and quick edit
 * dialogs, inline edit on the issue view). Requests are debounced, need at least two characters, carry the user's
 * own same-origin session, and any failure just leaves the list as it was: typing a username always works.
 */
(function () {
    'use strict';

    var INPUT_CLASS = 'activity-lead-dri-input';
    var MIN_CHARACTERS = 2;
    var MAX_RESULTS = 10;
    var DELAY_MS = 250;
    var RESOURCE = '/rest/api/2/user/picker';

    if (typeof window.fetch !== 'function' || typeof window.MutationObserver !== 'function'
            || typeof window.WeakSet !== 'function') {
        return;
    }

    var bound = new WeakSet();

    /** Jira's context path: AUI's when present, else the meta element AUI reads it from, else the root. */
    function contextPath() {
        if (window.AJS && typeof window.AJS.contextPath === 'function') {
            return String(window.AJS.contextPath() || '');
        }
        var meta = document.querySelector('meta[name="ajs-context-path"]');
        return meta ? String(meta.getAttribute('content') || '') : '';
    }

    function clear(list) {
        while (list.firstChild) {
            list.removeChild(list.firstChild);
        }
    }

    function fill(list, users) {
        clear(list);
        var shown = 0;
        for (var i = 0; i < users.length && shown < MAX_RESULTS; i++) {
            var user = users[i];
            if (!user || typeof user.name !== 'string' || user.name === '') {
                continue;
            }
            var option = document.createElement('option');
            option.value = user.name;
            option.label = typeof user.displayName === 'string' && user.displayName !== '' ? user.displayName : user.name;
            list.appendChild(option);
            shown++;
        }
    }

    function bind(input) {
        if (bound.has(input)) {
            return;
        }
        bound.add(input);
        var timer = null;
        var latest = 0;
        var controller = null;

        function lookUp() {
            var list = input.list;
            var query = input.value.trim();
            if (!list || query.length < MIN_CHARACTERS) {
                return;
            }
            var request = ++latest;
            if (controller) {
                controller.abort();
            }
            controller = typeof window.AbortController === 'function' ? new window.AbortController() : null;
            var url = contextPath() + RESOURCE + '?query=' + encodeURIComponent(query) + '&maxResults=' + MAX_RESULTS;
            window.fetch(url, {
                method: 'GET',
                credentials: 'same-origin',
                headers: {'Accept': 'application/json'},
                signal: controller ? controller.signal : undefined
            }).then(function (response) {
                return response.ok ? response.json() : null;
            }).then(function (body) {
                // Only the answer to the latest query, and only while the input still types it.
                if (request === latest && body && Array.isArray(body.users) && input.value.trim() === query) {
                    fill(list, body.users);
                }
            })['catch'](function () {
                // Offline, signed out, aborted or not JSON: no suggestions, the field still takes a typed username.
            });
        }

        input.addEventListener('input', function () {
            if (timer !== null) {
                window.clearTimeout(timer);
            }
            timer = window.setTimeout(function () {
                timer = null;
                lookUp();
            }, DELAY_MS);
        });
    }

    function bindWithin(node) {
        if (!node || node.nodeType !== 1) {
            return;
        }
        if (node.classList && node.classList.contains(INPUT_CLASS)) {
            bind(node);
        }
        var inputs = node.getElementsByClassName(INPUT_CLASS);
        for (var i = 0; i < inputs.length; i++) {
            bind(inputs[i]);
        }
    }

    function start() {
        bindWithin(document.documentElement);
        new window.MutationObserver(function (mutations) {
            for (var m = 0; m < mutations.length; m++) {
                var added = mutations[m].addedNodes;
                for (var n = 0; n < added.length; n++) {
                    bindWithin(added[n]);
                }
            }
        }).observe(document.documentElement, {childList: true, subtree: true});
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', start);
    } else {
        start();
    }
}());
