/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define MOCK_PYTHON   "/usr/bin/python3"
#define BUS_NAME      "org.freedesktop.Notifications"
#define OBJECT_PATH   "/org/freedesktop/Notifications"
#define MOCK_IFACE    "org.freedesktop.DBus.Mock"
#define TEST_IFACE    "io.github.cordon_ir.CordonTest"
#define WAIT_SECONDS  10

/* The session bus the server runs on; set it before start_mock (). */
extern GDBusConnection *mock_bus;

gboolean     dbusmock_available (void);
gboolean     name_has_owner     (void);
GSubprocess *start_mock         (void);

GVariant    *mock_call          (const char         *interface,
                                 const char         *method,
                                 GVariant           *parameters,
                                 const GVariantType *reply_type);
void         clear_calls        (void);
guint        last_id            (void);
GPtrArray   *method_calls       (const char         *method);
GVariant    *call_arg           (GPtrArray          *calls,
                                 guint               call,
                                 guint               arg);
char        *call_string        (GPtrArray          *calls,
                                 guint               call,
                                 guint               arg);
guint        call_id            (GPtrArray          *calls,
                                 guint               call,
                                 guint               arg);
guint        call_replaces_id   (GPtrArray          *calls,
                                 guint               call);
GVariant    *call_hint          (GPtrArray          *calls,
                                 guint               call,
                                 const char         *name);
guint        call_urgency       (GPtrArray          *calls,
                                 guint               call);
void         assert_hint_string (GPtrArray          *calls,
                                 guint               call,
                                 const char         *name,
                                 const char         *expected);
void         assert_actions     (GPtrArray          *calls,
                                 guint               call,
                                 const char * const *expected);
void         emit_server_signal (const char         *name,
                                 GVariant           *args);
void         flush              (void);
gboolean     on_timeout         (gpointer            user_data);
void         wait_for_count     (GPtrArray          *array,
                                 guint               count);

G_END_DECLS
