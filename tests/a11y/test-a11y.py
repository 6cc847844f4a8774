#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
#
# test-a11y.py: drives the board through the accessibility bus, as a
# screen reader would. Every control has a name a person can hear; the
# New Incident dialog opens from its named button, an incident is
# created through the named fields, and the board's search finds it.
#
# Run by meson inside a private D-Bus session under Xvfb. It starts its own
# accessibility bus. Skips (exit 77) when python's Atspi is not installed.

import os
import shutil
import subprocess
import sys
import tempfile
import time

try:
    import gi
    gi.require_version('Atspi', '2.0')
    from gi.repository import Atspi, GLib
except (ImportError, ValueError):
    print('1..0 # SKIP python3-gi with Atspi 2.0 is not installed')
    sys.exit(77)

CONTROLS = {'push button', 'toggle button', 'check box', 'combo box', 'entry', 'text', 'radio button', 'spin button'}
failures = []
test_number = 0


def ok(condition, description):
    global test_number
    test_number += 1
    print(('ok %d - %s' if condition else 'not ok %d - %s') % (test_number, description), flush=True)
    if not condition:
        failures.append(description)
    return condition


def wait_for(predicate, timeout=60.0):
    end = time.time() + timeout
    while time.time() < end:
        result = predicate()
        if result:
            return result
        # Let the accessibility library see the bus's signals (a new
        # application, new windows), or its view of the desktop goes stale.
        context = GLib.MainContext.default()
        while context.iteration(False):
            pass
        time.sleep(0.1)
    return None


def walk(node, out=None, limit=20000):
    """The nodes below @node that are on screen: hidden pages are skipped."""
    if out is None:
        out = []
    if node is None or len(out) > limit:
        return out
    try:
        states = node.get_state_set()
        if out and not states.contains(Atspi.StateType.VISIBLE):
            return out
        out.append(node)
        for i in range(node.get_child_count()):
            walk(node.get_child_at_index(i), out, limit)
    except Exception:
        pass
    return out


def role(node):
    try:
        return node.get_role_name()
    except Exception:
        return ''


def name(node):
    try:
        return node.get_name() or ''
    except Exception:
        return ''


def same_name(label, wanted):
    # GTK 4.8 names a button with a mnemonic "C_reate Create": the label as
    # written, then as read.
    return label == wanted or label.endswith(' ' + wanted)


def find(root, wanted_role, wanted_name):
    for node in walk(root):
        if role(node) == wanted_role and same_name(name(node), wanted_name):
            return node
    return None


def toplevel(app, wanted_name):
    """A window of @app by its title, whatever role the toolkit gives it."""
    for i in range(app.get_child_count()):
        child = app.get_child_at_index(i)
        if child is not None and name(child) == wanted_name:
            return child
    return None


def find_app():
    desktop = Atspi.get_desktop(0)
    desktop.clear_cache()
    for i in range(desktop.get_child_count()):
        app = desktop.get_child_at_index(i)
        if app is not None and name(app) == 'cordon':
            return app
    return None


def click(node):
    action = node.get_action_iface()
    for i in range(action.get_n_actions()):
        if action.get_action_name(i) in ('click', 'press', 'activate'):
            return action.do_action(i)
    return action.do_action(0)


def main():
    binary = os.environ['CORDON_BINARY']
    srcdir = os.environ['G_TEST_SRCDIR']
    work = tempfile.mkdtemp(prefix='cordon-a11y-')
    workspace = os.path.join(work, 'ws.cordon')
    env = dict(os.environ)
    env.pop('NO_AT_BRIDGE', None)
    env.pop('GTK_A11Y', None)
    env['XDG_DATA_HOME'] = os.path.join(work, 'data')
    env['XDG_CACHE_HOME'] = os.path.join(work, 'cache')

    bus = subprocess.Popen(['/usr/libexec/at-spi-bus-launcher', '--launch-immediately'],
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    app_process = None

    def accessibility_bus_ready():
        # The toolkit looks for the bus once, when the application starts.
        return subprocess.run(['gdbus', 'call', '--session', '--dest', 'org.a11y.Bus',
                               '--object-path', '/org/a11y/bus', '--method', 'org.a11y.Bus.GetAddress'],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL).returncode == 0
    try:
        if not ok(wait_for(accessibility_bus_ready) is not None, 'the accessibility bus is up'):
            return
        subprocess.run([binary, '--workspace', workspace, 'import',
                        os.path.join(srcdir, '..', 'data', 'demo', 'demo-workspace.json')],
                       env=env, check=True, stderr=subprocess.DEVNULL)
        time.sleep(0.5)
        log = open(os.path.join(work, 'app.log'), 'w')
        app_process = subprocess.Popen([binary, '--workspace', workspace], env=env,
                                       stdout=log, stderr=subprocess.STDOUT)
        app = wait_for(find_app)
        if not ok(app is not None, 'the application is on the accessibility bus'):
            log.close()
            print('# application exit status: %r' % app_process.poll())
            for line in open(os.path.join(work, 'app.log')):
                print('# ' + line.rstrip())
            return
        window = wait_for(lambda: find(app, 'frame', 'Cordon'))
        ok(window is not None, 'the main window is named Cordon')

        # Every control says what it is.
        wait_for(lambda: find(app, 'list', 'Detected'))
        unnamed = []
        for node in walk(app):
            if role(node) not in CONTROLS:
                continue
            parent = node.get_parent()
            if parent is not None and role(parent) == 'combo box':
                continue  # a drop-down's own button, named by the drop-down
            label = name(node)
            if not label or label.startswith('Gtk') or label.startswith('Adw'):
                unnamed.append('%s %r' % (role(node), label))
        ok(not unnamed, 'every control has a name (unnamed: %s)' % ', '.join(unnamed))

        for column in ('Detected', 'Classified', 'Analysis', 'Containment', 'Recovery', 'Lessons learned', 'Closed'):
            ok(find(app, 'list', column) is not None, 'the column %s is a named list' % column)

        # New Incident, by its name.
        ok(click(find(app, 'push button', 'New Incident')), 'New Incident can be pressed')
        dialog = wait_for(lambda: toplevel(app, 'New Incident'))
        if ok(dialog is not None, 'the New Incident dialog opens'):
            title = wait_for(lambda: find(dialog, 'text', 'Title'))
            if ok(title is not None, 'the dialog has a Title field'):
                title.get_editable_text_iface().set_text_contents('Beaconing to a rare domain from a kiosk')
                create = wait_for(lambda: find(dialog, 'push button', 'Create'))
                ok(create is not None and create.get_state_set().contains(Atspi.StateType.SENSITIVE),
                   'Create is offered once there is a title')
                click(create)

                def stored():
                    listing = subprocess.run([binary, '--workspace', workspace, 'list'], env=env,
                                             capture_output=True, text=True).stdout
                    return 'Beaconing to a rare domain from a kiosk' in listing
                ok(wait_for(stored) is not None, 'the incident is stored in the workspace')
                ok(wait_for(lambda: toplevel(app, 'New Incident') is None) is not None, 'the dialog closes')

        # Back to the board and search for it.
        back = wait_for(lambda: find(app, 'push button', 'Back to the board'))
        if ok(back is not None, 'the incident page has a named Back button'):
            click(back)
        search = wait_for(lambda: find(app, 'toggle button', 'Search and Filter') or
                          find(app, 'push button', 'Search and Filter'))
        if ok(search is not None, 'the board has a named Search and Filter button'):
            click(search)
            entry = wait_for(lambda: find(app, 'entry', 'Search incidents'))
            if ok(entry is not None, 'the search entry is named'):
                entry.get_editable_text_iface().set_text_contents('kiosk')

                def detected_shows_one():
                    column = find(app, 'list', 'Detected')
                    return column is not None and column.get_child_count() == 1
                ok(wait_for(detected_shows_one) is not None, 'the search leaves the new incident alone in Detected')
    finally:
        if app_process is not None:
            app_process.terminate()
            app_process.wait(timeout=10)
        bus.terminate()
        shutil.rmtree(work, ignore_errors=True)

    print('1..%d' % test_number)


if __name__ == '__main__':
    main()
    sys.exit(1 if failures else 0)
