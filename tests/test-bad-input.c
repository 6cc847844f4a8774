/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * test-bad-input.c: a table of bad input for the command line, each case
 * run on its own copy of one workspace: wrong command lines, damaged
 * workspaces (made here with the SQLite API) and hostile files of every
 * format Cordon reads. Every case checks the exit code, that the message
 * names what is wrong, that no signal killed the command, and that the
 * workspace's rows (or bytes, when SQLite cannot read it) are unchanged.
 */

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gstdio.h>
#include <sqlite3.h>

#include "cordon-test-util.h"

/* Exit codes of the command-line contract */
enum { OK = 0, USAGE = 1, BAD = 2, INTEGRITY = 3, REFUSED = 4 };

/* Made once: a workspace with two incidents, a journal, an evidence item,
 * a plan, a started checklist and a review */
static char *base_dir;
static char *base_workspace;
static char *key_a;
static char *key_b;
static char *item_a;

/* One case's own folder and workspace */
typedef struct
{
  char *dir;
  char *workspace;
} Scratch;

static void
scratch_init (Scratch *scratch)
{
  g_autofree char *contents = NULL;
  gsize length;

  scratch->dir = g_dir_make_tmp ("cordon-bad-XXXXXX", NULL);
  g_assert_nonnull (scratch->dir);
  scratch->workspace = g_build_filename (scratch->dir, "ws.cordon", NULL);
  g_assert_true (g_file_get_contents (base_workspace, &contents, &length, NULL));
  g_assert_true (g_file_set_contents_full (scratch->workspace, contents, length, G_FILE_SET_CONTENTS_CONSISTENT, 0600, NULL));
}

static void
scratch_clear (Scratch *scratch)
{
  cordon_test_remove_tree (scratch->dir);
  g_free (scratch->dir);
  g_free (scratch->workspace);
}

/* @arg with its placeholder replaced */
static char *
expand (const Scratch *scratch,
        const char    *arg,
        const char    *file)
{
  if (g_str_equal (arg, "@KEY"))
    return g_strdup (key_a);
  if (g_str_equal (arg, "@KEY2"))
    return g_strdup (key_b);
  if (g_str_equal (arg, "@ITEM"))
    return g_strdup (item_a);
  if (g_str_equal (arg, "@FILE"))
    return g_strdup (file);
  if (g_str_equal (arg, "@WS"))
    return g_strdup (scratch->workspace);
  if (g_str_equal (arg, "@DIR"))
    return g_strdup (scratch->dir);
  if (g_str_has_prefix (arg, "@DIR/"))
    return g_build_filename (scratch->dir, arg + strlen ("@DIR/"), NULL);

  return g_strdup (arg);
}

/* Runs @args on the scratch workspace and checks everything a case checks */
static void
run_case (const Scratch      *scratch,
          const char * const *args,
          const char         *file,
          int                 exit_code,
          const char         *message,
          const char         *also)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *before = cordon_test_workspace_digest (scratch->workspace);
  g_autofree char *after = NULL;
  g_autofree char *expected = NULL;
  g_autofree char *err = NULL;
  int status;

  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, expand (scratch, args[i], file));
  g_ptr_array_add (argv, NULL);

  status = cordon_test_run_cordon (scratch->workspace, NULL, NULL, &err, (const char * const *) argv->pdata);
  g_test_message ("exit %d: %s", status, err);
  g_assert_cmpint (status, ==, exit_code);

  expected = expand (scratch, message, file);
  if (strstr (err, expected) == NULL || (also != NULL && strstr (err, also) == NULL))
    {
      g_test_message ("the message does not name “%s”%s%s", expected, also != NULL ? " and " : "", also != NULL ? also : "");
      g_test_fail ();
    }
  g_assert_null (strstr (err, "CRITICAL"));
  g_assert_null (strstr (err, "WARNING"));

  after = cordon_test_workspace_digest (scratch->workspace);
  g_assert_cmpstr (before, ==, after);
}

/* Command lines ---------------------------------------------------------- */

typedef struct
{
  const char *args[12];
  int         exit_code;
  const char *message;
} CommandCase;

static const CommandCase command_cases[] = {
  /* The command itself */
  { { "frobnicate" }, USAGE, "unknown command “frobnicate”" },
  { { "--frobnicate", "list" }, USAGE, "unknown option --frobnicate" },
  { { "LIST" }, USAGE, "unknown command “LIST”" },
  { { "" }, USAGE, "unknown command" },
  { { "list", "--frobnicate" }, USAGE, "--frobnicate" },
  { { "list", "extra" }, USAGE, "wrong number of arguments" },
  { { "show" }, USAGE, "wrong number of arguments" },
  { { "show", "@KEY", "@KEY2" }, USAGE, "wrong number of arguments" },
  { { "move", "@KEY" }, USAGE, "wrong number of arguments" },
  { { "import" }, USAGE, "wrong number of arguments" },
  { { "export" }, USAGE, "wrong number of arguments" },
  { { "backup" }, USAGE, "wrong number of arguments" },
  { { "verify", "extra" }, USAGE, "wrong number of arguments" },
  { { "verify", "--anchor" }, USAGE, "--anchor" },
  { { "verify", "--anchor", "" }, USAGE, "“” is not an anchor" },
  { { "verify", "--anchor", "12" }, USAGE, "“12” is not an anchor" },
  { { "verify", "--anchor", "12:abc" }, USAGE, "“12:abc” is not an anchor" },
  { { "verify", "--anchor", "-1:0000000000000000000000000000000000000000000000000000000000000000" }, USAGE, "is not an anchor" },
  { { "verify", "--anchor", "x:0000000000000000000000000000000000000000000000000000000000000000" }, USAGE, "is not an anchor" },
  { { "verify", "--anchor", "1:000000000000000000000000000000000000000000000000000000000000000z" }, USAGE, "is not an anchor" },
  { { "verify", "--anchor", "1:\x1b[31m" }, USAGE, "“1:\\x1b[31m” is not an anchor" },
  { { "anchor", "extra" }, USAGE, "wrong number of arguments" },
  { { "edit", "@KEY" }, USAGE, "give --title, --lead or both" },
  { { "edit" }, USAGE, "wrong number of arguments" },
  { { "edit", "@KEY", "--title", "" }, BAD, "title" },
  { { "edit", "INC-2026-9999", "--title", "T" }, BAD, "INC-2026-9999" },
  { { "journal", "@KEY", "--add", "x", "--kind", "details-change" }, USAGE, "--kind “details-change” cannot be written" },
  { { "journal" }, USAGE, "wrong number of arguments" },
  { { "custody" }, USAGE, "wrong number of arguments" },
  { { "scenario" }, USAGE, "say what to do" },
  { { "scenario", "frob" }, USAGE, "unknown action “frob”" },
  { { "scenario", "validate" }, USAGE, "wrong number of arguments" },
  { { "scenario", "from-veris", "@DIR/record.json" }, USAGE, "-o OUT" },
  { { "exercise" }, USAGE, "unknown subcommand" },
  { { "exercise", "walk" }, USAGE, "unknown subcommand" },

  /* Keys that are not there, or not keys */
  { { "show", "INC-2026-9999" }, BAD, "INC-2026-9999" },
  { { "show", "not-a-key" }, BAD, "not-a-key" },
  { { "show", "" }, BAD, "" },
  { { "show", "INC-2026-0001'; DROP TABLE incidents; --" }, BAD, "DROP TABLE" },
  { { "show", "inc-2026-0001" }, BAD, "inc-2026-0001" },
  { { "journal", "INC-9999-0001" }, BAD, "INC-9999-0001" },
  { { "journal", "INC-9999-0001", "--add", "Note" }, BAD, "INC-9999-0001" },
  { { "move", "INC-2026-9999", "analysis", "--reason", "r" }, BAD, "INC-2026-9999" },
  { { "reclassify", "INC-2026-9999", "--severity", "low", "--reason", "r" }, BAD, "INC-2026-9999" },
  { { "plan", "INC-2026-9999" }, BAD, "INC-2026-9999" },
  { { "checklist", "INC-2026-9999" }, BAD, "INC-2026-9999" },
  { { "review", "INC-2026-9999" }, BAD, "INC-2026-9999" },
  { { "evidence", "INC-2026-9999" }, BAD, "INC-2026-9999" },
  { { "evidence", "--show", "EV-2026-9999-01" }, BAD, "EV-2026-9999-01" },
  { { "evidence", "--show", "garbage" }, BAD, "garbage" },
  { { "evidence", "--reverify", "garbage" }, BAD, "garbage" },
  { { "evidence", "--form", "garbage", "-o", "@DIR/form.pdf" }, BAD, "garbage" },
  { { "custody", "garbage", "--to", "Lee", "--purpose", "Lab" }, BAD, "garbage" },
  { { "report", "INC-2026-9999", "-o", "@DIR/r.html" }, BAD, "INC-2026-9999" },
  { { "export", "@DIR/out.json", "INC-2026-9999" }, BAD, "INC-2026-9999" },
  { { "export", "@DIR/out.json", "@KEY", "INC-2026-9999" }, BAD, "INC-2026-9999" },

  /* Values: unknown ids */
  { { "new", "--title", "T", "--category", "bogus", "--severity", "high" }, USAGE, "--category “bogus” is unknown" },
  { { "new", "--title", "T", "--category", "phishing", "--severity", "apocalyptic" }, USAGE, "--severity “apocalyptic” is unknown" },
  { { "new", "--title", "T", "--category", "phishing", "--severity", "high", "--impact", "galaxy" }, USAGE, "--impact “galaxy” is unknown" },
  { { "new", "--title", "T", "--category", "phishing", "--severity", "high", "--tlp", "purple" }, USAGE, "--tlp “purple” is unknown" },
  { { "new", "--title", "T", "--category", "phishing" }, USAGE, "are required" },
  { { "new", "--category", "phishing", "--severity", "high" }, USAGE, "are required" },
  { { "new", "--title", "T", "--category", "PHISHING", "--severity", "high" }, USAGE, "“PHISHING” is unknown" },
  { { "list", "--phase", "done" }, USAGE, "--phase “done” is unknown" },
  { { "list", "--severity", "extreme" }, USAGE, "--severity “extreme” is unknown" },
  { { "move", "@KEY", "finished", "--reason", "r" }, USAGE, "phase “finished” is unknown" },
  { { "move", "@KEY", "analysis" }, USAGE, "--reason is required" },
  { { "move", "@KEY", "analysis", "--reason", "   " }, USAGE, "--reason is required" },
  { { "move", "@KEY", "closed", "--reason", "Skipping ahead" }, BAD, "lessons-learned review first" },
  { { "reclassify", "@KEY", "--reason", "r" }, USAGE, "give --severity, --category or both" },
  { { "reclassify", "@KEY", "--severity", "low" }, USAGE, "--reason is required" },
  { { "reclassify", "@KEY", "--severity", "extreme", "--reason", "r" }, USAGE, "--severity “extreme” is unknown" },
  { { "reclassify", "@KEY", "--category", "bogus", "--reason", "r" }, USAGE, "--category “bogus” is unknown" },
  { { "journal", "@KEY", "--add", "x", "--kind", "bogus" }, USAGE, "--kind “bogus”" },
  { { "journal", "@KEY", "--add", "x", "--kind", "sla-event" }, USAGE, "--kind “sla-event” cannot be written" },
  { { "journal", "@KEY", "--add", "x", "--kind", "phase-change" }, USAGE, "--kind “phase-change” cannot be written" },
  { { "journal", "@KEY", "--add", "x", "--kind", "classification-change" }, USAGE, "“classification-change” cannot be written" },
  { { "journal", "@KEY", "--add", "x", "--kind", "evidence" }, USAGE, "--kind “evidence” cannot be written" },
  { { "journal", "@KEY", "--add", "x", "--kind", "custody" }, USAGE, "--kind “custody” cannot be written" },
  { { "journal", "@KEY", "--kind", "note" }, USAGE, "go with --add" },
  { { "journal", "@KEY", "--payload", "{}" }, USAGE, "go with --add" },
  { { "journal", "@KEY", "--add", "x", "--payload", "{not json" }, BAD, "payload" },
  { { "journal", "@KEY", "--add", "x", "--payload", "[1, 2]" }, BAD, "payload" },
  { { "plan", "@KEY", "--add", "no-such-strategy" }, BAD, "no-such-strategy" },
  { { "plan", "@KEY", "--set", "1" }, USAGE, "--set ACTION-ID and --status S go together" },
  { { "plan", "@KEY", "--set", "1", "--status", "exploded" }, USAGE, "unknown status “exploded”" },
  { { "plan", "@KEY", "--set", "abc", "--status", "done" }, USAGE, "abc" },
  { { "plan", "@KEY", "--set", "99999999999999999999999", "--status", "done" }, USAGE, "99999999999999999999999" },
  { { "plan", "@KEY", "--set", "999999", "--status", "done" }, BAD, "#999999" },
  { { "plan", "@KEY", "--set", "-1", "--status", "done" }, BAD, "#-1" },
  { { "plan", "@KEY", "--reason", "r" }, USAGE, "--reason goes with --set" },
  { { "plan", "@KEY", "--add", "x", "--custom", "y" }, USAGE, "one of --add, --custom and --set" },
  { { "checklist", "@KEY", "--done", "no-such-item" }, BAD, "no-such-item" },
  { { "checklist", "@KEY", "--done", "a", "--reopen", "b" }, USAGE, "one of --done, --not-applicable and --reopen" },
  { { "checklist", "@KEY", "--decision", "pray", "--reason", "r" }, USAGE, "--decision “pray” is unknown" },
  { { "checklist", "@KEY", "--restore-point", "yesterday", "--reason", "r" }, USAGE, "--restore-point “yesterday”" },
  { { "checklist", "@KEY", "--compromised", "2026-13-45T99:99:99Z" }, USAGE, "2026-13-45T99:99:99Z" },
  { { "checklist", "@KEY", "--reason", "r" }, USAGE, "--reason goes with" },
  { { "review", "@KEY", "--complete", "--skip" }, USAGE, "--complete or --skip, not both" },
  { { "review", "@KEY", "--reason", "r" }, USAGE, "--reason goes with --skip" },
  { { "review", "@KEY", "--owner", "Lee" }, USAGE, "go with --follow-up" },
  { { "review", "@KEY", "--follow-up", "x", "--due", "soon" }, USAGE, "--due “soon”" },
  { { "review", "@KEY", "--follow-up-done", "424242" }, BAD, "#424242" },
  { { "review", "@KEY", "--follow-up-done", "many" }, USAGE, "many" },
  { { "evidence" }, USAGE, "name the incident" },
  { { "evidence", "@KEY", "--add", "@DIR/a", "--add-physical", "b" }, USAGE, "one of --add" },
  { { "evidence", "--show", "@ITEM", "@KEY" }, USAGE, "take an item id" },
  { { "evidence", "--form", "@ITEM" }, USAGE, "go together" },
  { { "evidence", "@KEY", "--file", "@DIR/a" }, USAGE, "--file goes with --reverify" },
  { { "evidence", "@KEY", "--host", "h" }, USAGE, "go with --add" },
  { { "evidence", "@KEY", "--add", "@DIR/no-such-file" }, BAD, "no-such-file" },
  { { "evidence", "@KEY", "--add", "@DIR" }, BAD, "cordon-bad-" },
  { { "evidence", "--reverify", "@ITEM" }, BAD, "physical item" },
  { { "custody", "@ITEM", "--to", "Lee" }, USAGE, "are required" },
  { { "custody", "@ITEM", "--purpose", "Lab" }, USAGE, "are required" },
  { { "custody", "@ITEM", "--to", "Lee", "--purpose", "Lab", "--from", "Someone Else" }, BAD, "Someone Else" },

  /* Dates and times */
  { { "new", "--title", "T", "--category", "phishing", "--severity", "high", "--detected", "yesterday" }, USAGE, "--detected “yesterday”" },
  { { "new", "--title", "T", "--category", "phishing", "--severity", "high", "--detected", "2026-02-30T10:00:00Z" }, USAGE, "2026-02-30" },
  { { "new", "--title", "T", "--category", "phishing", "--severity", "high", "--detected", "2026-01-01T25:00:00Z" }, USAGE, "25:00:00" },
  { { "new", "--title", "T", "--category", "phishing", "--severity", "high", "--detected", "" }, USAGE, "--detected" },
  { { "new", "--title", "T", "--category", "phishing", "--severity", "high", "--detected", "99999-01-01T00:00:00Z" }, USAGE, "99999" },
  { { "sla", "--at", "noon" }, USAGE, "--at “noon”" },
  { { "sla", "--at", "2026-01-01T00:00:00+99:00" }, USAGE, "+99:00" },
  { { "metrics", "--from", "last week" }, USAGE, "--from “last week”" },
  { { "metrics", "--to", "2026-00-10" }, USAGE, "--to “2026-00-10”" },
  { { "metrics", "--from", "2026-05-01", "--to", "2026-04-01" }, USAGE, "is empty" },

  /* Formats and outputs */
  { { "import", "--format", "xml", "@DIR/x" }, USAGE, "--format “xml” is unknown" },
  { { "export", "--format", "openioc", "@DIR/x.json" }, USAGE, "--format “openioc” is unknown" },
  { { "export", "--format", "veris", "@DIR/x.json" }, USAGE, "--format “veris” is unknown" },
  { { "import", "@DIR/no-such-file.json" }, BAD, "no such file" },
  { { "import", "@DIR" }, BAD, "no .json files" },
  { { "import", "--on-duplicate", "sometimes", "@DIR/x.json" }, USAGE, "--on-duplicate “sometimes” is unknown" },
  { { "import", "-", "-" }, USAGE, "standard input (-) can be read only once" },
  { { "report", "@KEY" }, USAGE, "--output" },
  { { "report", "@KEY", "-o", "@DIR/report.odt" }, USAGE, "cannot tell the format" },
  { { "report", "@KEY", "-o", "@DIR/r", "--format", "docx" }, USAGE, "unknown format “docx”" },
  { { "report", "@KEY", "-o", "@DIR/no-such-folder/r.pdf" }, BAD, "no-such-folder" },
  { { "export", "@DIR/no-such-folder/x.json" }, BAD, "no-such-folder" },
  { { "backup", "@DIR/no-such-folder/x.cordon" }, BAD, "no-such-folder" },
  { { "export", "@WS" }, BAD, "it is the workspace itself" },
  { { "backup", "@WS" }, BAD, "it is the workspace itself" },
  { { "export", "@DIR" }, BAD, "a folder" },
  { { "export", "/dev/full" }, BAD, "a device" },
  { { "report", "@KEY", "-o", "/dev/null", "--format", "pdf" }, BAD, "a device" },
  { { "evidence", "--form", "@ITEM", "-o", "@WS" }, BAD, "it is the workspace itself" },
  { { "exercise", "run", "@DIR/s.json", "--report", "@DIR/r.html" }, USAGE, "needs --headless and --report" },
  { { "exercise", "run", "@DIR/s.json", "--headless" }, USAGE, "needs --headless and --report" },
  { { "exercise", "run", "@DIR/s.json", "--headless", "--report", "@DIR/r.html", "--speed", "3" }, USAGE, "--speed is 1, 2, 5, 10 or 60" },
  { { "exercise", "run", "@DIR/s.json", "--headless", "--report", "@DIR/r.html", "--speed", "-60" }, USAGE, "--speed is" },
  { { "exercise", "run", "@DIR/s.json", "--headless", "--report", "@DIR/r.html", "--speed", "fast" }, USAGE, "fast" },
  { { "exercise", "run", "@DIR/no-such.json", "--headless", "--report", "@DIR/r.html" }, BAD, "no-such.json" },
  { { "scenario", "validate", "@DIR/no-such.json" }, BAD, "no-such.json" },
  { { "scenario", "from-veris", "@DIR/no-such.json", "-o", "-" }, BAD, "no-such.json" },

  /* Text that is too long for what it is */
  { { "journal", "@KEY", "--add", "" }, BAD, "" },
  { { "new", "--title", "", "--category", "phishing", "--severity", "high" }, BAD, "title" },
};

static void
test_command (gconstpointer data)
{
  const CommandCase *c = data;
  Scratch scratch;

  scratch_init (&scratch);
  run_case (&scratch, c->args, NULL, c->exit_code, c->message, NULL);
  scratch_clear (&scratch);
}

/* Damaged workspaces ------------------------------------------------------- */

/* The append-only triggers are in the way of damage; a NOT NULL column is
 * made nullable by editing the schema as an attacker would */
#define NO_TRIGGERS "DROP TRIGGER journal_no_update; DROP TRIGGER journal_no_delete; "
#define NULLABLE(table) \
  "PRAGMA writable_schema = ON; " \
  "UPDATE sqlite_schema SET sql = replace (sql, 'NOT NULL', '') WHERE name = '" table "'; " \
  "PRAGMA writable_schema = OFF;\f"

typedef enum
{
  DAMAGE_SQL,
  DAMAGE_TRUNCATE,    /* cut to @size bytes */
  DAMAGE_EMPTY,       /* zero bytes */
  DAMAGE_GARBAGE,     /* not SQLite at all */
  DAMAGE_OVERWRITE,   /* @size bytes at the middle replaced */
} DamageKind;

typedef struct
{
  const char *name;
  DamageKind  kind;
  const char *sql;    /* statements; \f reopens the connection */
  gsize       size;
  const char *args[10];
  int         exit_code;
  const char *message;
} DamageCase;

static const DamageCase damage_cases[] = {
  /* The journal's rows */
  { "journal-text-edited", DAMAGE_SQL, NO_TRIGGERS "UPDATE journal SET text = 'Nothing happened' WHERE seq = 2", 0,
    { "verify" }, INTEGRITY, "@KEY" },
  { "journal-author-edited", DAMAGE_SQL, NO_TRIGGERS "UPDATE journal SET author = 'Mallory' WHERE seq = 1", 0,
    { "verify" }, INTEGRITY, "@KEY" },
  { "journal-time-huge", DAMAGE_SQL, NO_TRIGGERS "UPDATE journal SET time = 9000000000000000000 WHERE seq = 2", 0,
    { "verify" }, INTEGRITY, "@KEY" },
  { "journal-time-negative", DAMAGE_SQL, NO_TRIGGERS "UPDATE journal SET time = -9000000000000000000 WHERE seq = 1", 0,
    { "verify" }, INTEGRITY, "@KEY" },
  { "journal-time-text", DAMAGE_SQL, NO_TRIGGERS "UPDATE journal SET time = 'noon' WHERE seq = 2", 0,
    { "verify" }, INTEGRITY, "@KEY" },
  { "journal-seq-gap", DAMAGE_SQL, NO_TRIGGERS "UPDATE journal SET seq = 1000 WHERE seq = 2 AND incident_id = 1", 0,
    { "verify" }, INTEGRITY, "@KEY" },
  { "journal-row-deleted", DAMAGE_SQL, NO_TRIGGERS "DELETE FROM journal WHERE seq = 2 AND incident_id = 1", 0,
    { "verify" }, INTEGRITY, "@KEY" },
  { "journal-first-deleted", DAMAGE_SQL, NO_TRIGGERS "DELETE FROM journal WHERE seq = 1 AND incident_id = 1", 0,
    { "verify" }, INTEGRITY, "@KEY" },
  { "journal-hash-edited", DAMAGE_SQL, NO_TRIGGERS "UPDATE journal SET hash = 'abc' WHERE seq = 1", 0,
    { "verify" }, INTEGRITY, "@KEY" },
  { "journal-prev-hash-edited", DAMAGE_SQL, NO_TRIGGERS "UPDATE journal SET prev_hash = '' WHERE seq = 2", 0,
    { "verify" }, INTEGRITY, "@KEY" },
  { "journal-kind-unknown", DAMAGE_SQL, NO_TRIGGERS "UPDATE journal SET kind = 'gossip' WHERE seq = 2", 0,
    { "verify" }, INTEGRITY, "@KEY" },
  { "journal-payload-huge", DAMAGE_SQL, NO_TRIGGERS "UPDATE journal SET payload = '{\"x\": \"' || hex (zeroblob (500000)) || '\"}' WHERE seq = 2", 0,
    { "verify" }, INTEGRITY, "@KEY" },
  { "journal-text-null", DAMAGE_SQL, NULLABLE ("journal") NO_TRIGGERS "UPDATE journal SET text = NULL WHERE seq = 2", 0,
    { "verify" }, INTEGRITY, "@KEY" },
  { "journal-time-null", DAMAGE_SQL, NULLABLE ("journal") NO_TRIGGERS "UPDATE journal SET time = NULL WHERE seq = 2", 0,
    { "verify" }, INTEGRITY, "@KEY" },
  { "journal-hash-null", DAMAGE_SQL, NULLABLE ("journal") NO_TRIGGERS "UPDATE journal SET hash = NULL WHERE seq = 1", 0,
    { "verify" }, INTEGRITY, "@KEY" },
  { "journal-kind-blob", DAMAGE_SQL, NO_TRIGGERS "UPDATE journal SET kind = x'00ff00' WHERE seq = 2", 0,
    { "verify" }, INTEGRITY, "@KEY" },
  { "journal-row-inserted", DAMAGE_SQL,
    "INSERT INTO journal (incident_id, seq, kind, author, time, text, payload, prev_hash, hash) "
    "SELECT incident_id, 99, kind, author, time, 'Forged', payload, hash, hash FROM journal WHERE seq = 1 AND incident_id = 1", 0,
    { "verify" }, INTEGRITY, "@KEY" },
  /* The register, against the journal that recorded it */
  { "evidence-description-edited", DAMAGE_SQL,
    "DROP TRIGGER evidence_items_no_update; UPDATE evidence_items SET description = 'Something else'", 0,
    { "verify" }, INTEGRITY, "@ITEM" },
  { "evidence-row-deleted", DAMAGE_SQL,
    "DROP TRIGGER evidence_items_no_delete; PRAGMA foreign_keys = OFF; DELETE FROM evidence_items", 0,
    { "verify" }, INTEGRITY, "the evidence or custody record it recorded is missing" },
  { "evidence-sha256-edited", DAMAGE_SQL,
    "DROP TRIGGER evidence_items_no_update; UPDATE evidence_items SET sha256 = 'ff'", 0,
    { "verify" }, INTEGRITY, "@ITEM" },
  /* The ledger, and the fields of an incident it chains */
  { "incident-title-edited", DAMAGE_SQL, "UPDATE incidents SET title = 'Nothing to see' WHERE id = 1", 0,
    { "verify" }, INTEGRITY, "the title was changed outside Cordon" },
  { "incident-lead-edited", DAMAGE_SQL, "UPDATE incidents SET lead = 'Mallory' WHERE id = 1", 0,
    { "verify" }, INTEGRITY, "the lead was changed outside Cordon" },
  { "incident-severity-edited", DAMAGE_SQL, "UPDATE incidents SET severity = 'low' WHERE id = 1", 0,
    { "verify" }, INTEGRITY, "the severity was changed outside Cordon" },
  { "incident-phase-edited", DAMAGE_SQL, "UPDATE incidents SET phase = 'closed' WHERE id = 1", 0,
    { "verify" }, INTEGRITY, "the phase was changed outside Cordon" },
  { "incident-deleted", DAMAGE_SQL,
    NO_TRIGGERS "DROP TRIGGER evidence_items_no_delete; DROP TRIGGER custody_transfers_no_delete; "
    "DROP TRIGGER evidence_checks_no_delete; PRAGMA foreign_keys = OFF; "
    "DELETE FROM evidence_checks; DELETE FROM custody_transfers; DELETE FROM evidence_items; "
    "DELETE FROM journal WHERE incident_id = 1; DELETE FROM incidents WHERE id = 1", 0,
    { "verify" }, INTEGRITY, "is not in the workspace, but the ledger records" },
  { "ledger-row-edited", DAMAGE_SQL, "DROP TRIGGER ledger_no_update; UPDATE ledger SET kind = 'note' WHERE seq = 1", 0,
    { "verify" }, INTEGRITY, "ledger: row 1: hash mismatch" },
  { "ledger-rows-deleted", DAMAGE_SQL, "DROP TRIGGER ledger_no_delete; DELETE FROM ledger WHERE seq > 1", 0,
    { "verify" }, INTEGRITY, "is not in the ledger" },
  { "ledger-older-than-anchor", DAMAGE_SQL, "DROP TRIGGER ledger_no_delete; DELETE FROM ledger WHERE seq > 1", 0,
    { "verify", "--anchor", "99:" "0000000000000000000000000000000000000000000000000000000000000000" }, INTEGRITY,
    "is ahead of the ledger" },
  { "ledger-dropped", DAMAGE_SQL, "DROP TABLE ledger", 0, { "anchor" }, REFUSED, "table ledger is missing" },
  /* Schema versions */
  { "version-negative", DAMAGE_SQL, "PRAGMA user_version = -1", 0, { "list" }, REFUSED, "schema version -1 is not valid" },
  { "version-zero", DAMAGE_SQL, "PRAGMA user_version = 0", 0, { "list" }, REFUSED, "schema version 0 is not valid" },
  { "version-future", DAMAGE_SQL, "PRAGMA user_version = 9999", 0, { "list" }, REFUSED, "newer version of Cordon" },
  { "version-future-write", DAMAGE_SQL, "PRAGMA user_version = 9999", 0,
    { "journal", "@KEY", "--add", "x" }, REFUSED, "newer version of Cordon" },
  { "version-huge", DAMAGE_SQL, "PRAGMA user_version = 2147483647", 0, { "verify" }, REFUSED, "newer version of Cordon" },
  { "application-id-other", DAMAGE_SQL, "PRAGMA application_id = 42", 0, { "list" }, REFUSED, "another program" },
  { "application-id-other-write", DAMAGE_SQL, "PRAGMA application_id = 42", 0,
    { "new", "--title", "T", "--category", "phishing", "--severity", "high" }, REFUSED, "another program" },
  /* The file */
  { "zero-bytes", DAMAGE_EMPTY, NULL, 0, { "list" }, REFUSED, "the file is empty" },
  { "zero-bytes-write", DAMAGE_EMPTY, NULL, 0, { "journal", "@KEY", "--add", "x" }, REFUSED, "the file is empty" },
  { "zero-bytes-export", DAMAGE_EMPTY, NULL, 0, { "export", "@DIR/out.json" }, REFUSED, "the file is empty" },
  { "not-sqlite", DAMAGE_GARBAGE, NULL, 0, { "list" }, REFUSED, "not an SQLite database" },
  { "not-sqlite-verify", DAMAGE_GARBAGE, NULL, 0, { "verify" }, REFUSED, "not an SQLite database" },
  { "not-sqlite-write", DAMAGE_GARBAGE, NULL, 0, { "move", "@KEY", "analysis", "--reason", "r" }, REFUSED, "not an SQLite database" },
  { "truncated-header", DAMAGE_TRUNCATE, NULL, 50, { "list" }, REFUSED, "truncated" },
  { "truncated-first-page", DAMAGE_TRUNCATE, NULL, 4000, { "list" }, REFUSED, "truncated" },
  { "truncated-half", DAMAGE_TRUNCATE, NULL, 65536, { "verify" }, REFUSED, "truncated" },
  { "truncated-half-write", DAMAGE_TRUNCATE, NULL, 65536, { "journal", "@KEY", "--add", "x" }, REFUSED, "truncated" },
  { "pages-overwritten", DAMAGE_OVERWRITE, NULL, 8192, { "verify" }, REFUSED, "damaged" },
  { "pages-overwritten-write", DAMAGE_OVERWRITE, NULL, 8192, { "journal", "@KEY", "--add", "x" }, REFUSED, "damaged" },
};

static void
exec_damage (const char *path,
             const char *script)
{
  g_auto(GStrv) parts = g_strsplit (script, "\f", -1);

  for (guint i = 0; parts[i] != NULL; i++)
    {
      sqlite3 *db = NULL;
      char *message = NULL;

      g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
      if (sqlite3_exec (db, parts[i], NULL, NULL, &message) != SQLITE_OK)
        g_error ("damage “%s”: %s", parts[i], message);
      sqlite3_close (db);
    }
}

static void
damage_file (const char       *path,
             const DamageCase *c)
{
  g_autofree char *contents = NULL;
  gsize length;

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  switch (c->kind)
    {
    case DAMAGE_SQL:
      exec_damage (path, c->sql);
      return;
    case DAMAGE_TRUNCATE:
      g_assert_cmpuint (c->size, <, length);
      length = c->size;
      break;
    case DAMAGE_EMPTY:
      length = 0;
      break;
    case DAMAGE_GARBAGE:
      g_free (contents);
      contents = g_strdup ("This is not a database. It is a note that someone saved with the wrong name.\n");
      length = strlen (contents);
      break;
    case DAMAGE_OVERWRITE:
      g_assert_cmpuint (length, >, 3 * c->size);
      memset (contents + length / 2, 0x5a, c->size);
      break;
    }
  g_assert_true (g_file_set_contents_full (path, contents, length, G_FILE_SET_CONTENTS_CONSISTENT, 0600, NULL));
}

static void
test_damage (gconstpointer data)
{
  const DamageCase *c = data;
  Scratch scratch;

  scratch_init (&scratch);
  damage_file (scratch.workspace, c);
  run_case (&scratch, c->args, NULL, c->exit_code, c->message, NULL);
  scratch_clear (&scratch);
}

/* Hostile files ------------------------------------------------------------- */

typedef enum
{
  HOSTILE_CONTENT,
  HOSTILE_FIFO,
  HOSTILE_FOLDER,
  HOSTILE_DEV_ZERO,
} HostileKind;

typedef struct
{
  const char  *name;
  HostileKind  kind;
  const char  *content;
  gssize       length;   /* -1 for a string; else with NUL bytes */
  const char  *repeat;   /* content made of @content then this, @count times */
  guint        count;
  const char  *tail;
} HostileFile;

static const HostileFile hostile_files[] = {
  { "empty", HOSTILE_CONTENT, "", -1 },
  { "whitespace", HOSTILE_CONTENT, " \n\t\r\n ", -1 },
  { "truncated-object", HOSTILE_CONTENT, "{", -1 },
  { "truncated-native", HOSTILE_CONTENT, "{\"format\": \"cordon\", \"version\": 1, \"incidents\": [{\"key\": \"INC-2026-0100\", \"title\": \"Cut", -1 },
  { "truncated-string", HOSTILE_CONTENT, "{\"title\": \"no end", -1 },
  { "deep-arrays", HOSTILE_CONTENT, "", -1, "[", 100000 },
  { "deep-objects", HOSTILE_CONTENT, "", -1, "{\"a\":", 50000 },
  { "deep-in-native", HOSTILE_CONTENT, "{\"format\": \"cordon\", \"version\": 1, \"incidents\": ", -1, "[", 20000 },
  { "huge-exponent", HOSTILE_CONTENT, "{\"format\": \"cordon\", \"version\": 1e999999}", -1 },
  { "huge-integer", HOSTILE_CONTENT, "{\"format\": \"cordon\", \"version\": 123456789012345678901234567890}", -1 },
  { "negative-version", HOSTILE_CONTENT, "{\"format\": \"cordon\", \"version\": -1, \"incidents\": []}", -1 },
  { "wrong-types", HOSTILE_CONTENT, "{\"format\": 1, \"version\": \"one\", \"incidents\": {}}", -1 },
  { "nul-byte", HOSTILE_CONTENT, "{\"format\"\0: \"cordon\"}", 20 },
  { "nul-in-string", HOSTILE_CONTENT, "{\"title\": \"a\0b\"}", 16 },
  { "invalid-utf8", HOSTILE_CONTENT, "{\"title\": \"\xff\xfe\xfd\"}", -1 },
  { "overlong-utf8", HOSTILE_CONTENT, "{\"title\": \"\xc0\xaf\"}", -1 },
  { "lone-surrogate", HOSTILE_CONTENT, "{\"title\": \"\\ud800\"}", -1 },
  { "utf16", HOSTILE_CONTENT, "\xff\xfe{\0\"\0}\0", 8 },
  { "json-null", HOSTILE_CONTENT, "null", -1 },
  { "json-array", HOSTILE_CONTENT, "[]", -1 },
  { "json-string", HOSTILE_CONTENT, "\"incidents\"", -1 },
  { "empty-object", HOSTILE_CONTENT, "{}", -1 },
  { "duplicate-keys", HOSTILE_CONTENT, "{\"format\": \"cordon\", \"format\": \"cordon\", \"version\": 1}", -1 },
  { "trailing-garbage", HOSTILE_CONTENT, "{\"format\": \"cordon\", \"version\": 1, \"incidents\": []} trailing", -1 },
  { "binary", HOSTILE_CONTENT, "\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16 },
  { "long-string", HOSTILE_CONTENT, "{\"title\": \"", -1, "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", 40000, "\"}" },
  { "fifo", HOSTILE_FIFO },
  { "folder", HOSTILE_FOLDER },
  { "dev-zero", HOSTILE_DEV_ZERO },
};

/* The commands that read a file, with what each says of a bad one */
typedef struct
{
  const char *name;
  const char *args[8];
  const char *message;
} FileCommand;

static const FileCommand file_commands[] = {
  { "import-native", { "import", "@FILE" }, "cordon import: " },
  { "import-thehive", { "import", "--format", "thehive", "@FILE" }, "cordon import: " },
  { "import-misp", { "import", "--format", "misp", "@FILE" }, "cordon import: " },
  { "import-stix", { "import", "--format", "stix", "@FILE" }, "cordon import: " },
  { "import-veris", { "import", "--format", "veris", "@FILE" }, "cordon import: " },
  { "import-auto", { "import", "--format", "auto", "@FILE" }, "cordon import: " },
  { "scenario-validate", { "scenario", "validate", "@FILE" }, "cordon scenario validate" },
  { "scenario-from-veris", { "scenario", "from-veris", "@FILE", "-o", "@DIR/scenario.json" }, "cordon scenario from-veris" },
  { "exercise-run", { "exercise", "run", "@FILE", "--headless", "--report", "@DIR/aar.html" }, "cordon exercise run" },
};

typedef struct
{
  const HostileFile *file;
  const FileCommand *command;
} FileCase;

static char *
make_hostile (const Scratch     *scratch,
              const HostileFile *hostile)
{
  g_autofree char *name = g_strconcat (hostile->name, ".json", NULL);
  char *path = g_build_filename (scratch->dir, name, NULL);
  g_autoptr(GString) contents = NULL;

  switch (hostile->kind)
    {
    case HOSTILE_FIFO:
      g_assert_cmpint (mkfifo (path, 0600), ==, 0);
      return path;
    case HOSTILE_FOLDER:
      g_assert_cmpint (g_mkdir (path, 0700), ==, 0);
      return path;
    case HOSTILE_DEV_ZERO:
      g_free (path);
      return g_strdup ("/dev/zero");
    case HOSTILE_CONTENT:
      break;
    }

  contents = g_string_new_len (hostile->content, hostile->length >= 0 ? hostile->length : (gssize) strlen (hostile->content));
  for (guint i = 0; i < hostile->count; i++)
    g_string_append (contents, hostile->repeat);
  if (hostile->tail != NULL)
    g_string_append (contents, hostile->tail);
  g_assert_true (g_file_set_contents (path, contents->str, contents->len, NULL));

  return path;
}

static void
test_file (gconstpointer data)
{
  const FileCase *c = data;
  g_autofree char *path = NULL;
  g_autofree char *base = NULL;
  g_autofree char *scenario = NULL;
  g_autofree char *aar = NULL;
  Scratch scratch;

  scratch_init (&scratch);
  path = make_hostile (&scratch, c->file);
  base = g_path_get_basename (path);

  /* The message names the file and what failed */
  run_case (&scratch, c->command->args, path, BAD, c->command->message, base);

  /* Nothing was written beside it */
  scenario = g_build_filename (scratch.dir, "scenario.json", NULL);
  aar = g_build_filename (scratch.dir, "aar.html", NULL);
  g_assert_false (g_file_test (scenario, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (aar, G_FILE_TEST_EXISTS));
  scratch_clear (&scratch);
}

/* Set-up --------------------------------------------------------------------- */

static char *
run_ok (const char * const *args)
{
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;

  if (cordon_test_run_cordon (base_workspace, NULL, &out, &err, args) != 0)
    g_error ("cordon %s failed: %s", args[0], err);

  return g_strstrip (g_steal_pointer (&out));
}

#define RUN_OK(...) run_ok ((const char *[]) { __VA_ARGS__, NULL })

static void
make_base_workspace (void)
{
  base_dir = g_dir_make_tmp ("cordon-bad-base-XXXXXX", NULL);
  g_assert_nonnull (base_dir);
  base_workspace = g_build_filename (base_dir, "base.cordon", NULL);

  key_a = RUN_OK ("new", "--title", "Ransomware on the file servers", "--category", "malicious-code",
                  "--severity", "critical", "--detected", "2026-04-01T08:00:00Z", "--lead", "Dana Reyes");
  key_b = RUN_OK ("new", "--title", "Phishing wave", "--category", "phishing", "--severity", "medium",
                  "--detected", "2026-04-02T09:00:00Z");
  g_free (RUN_OK ("journal", key_a, "--add", "Servers isolated", "--kind", "status-update"));
  g_free (RUN_OK ("journal", key_a, "--add", "Restore from backup", "--kind", "decision"));
  g_free (RUN_OK ("move", key_a, "classified", "--reason", "Confirmed by the EDR"));
  item_a = RUN_OK ("evidence", key_a, "--add-physical", "Laptop of the first victim");
  g_free (RUN_OK ("plan", key_a, "--custom", "Block the attacker's addresses"));
  g_free (RUN_OK ("checklist", key_a, "--done", "validate-users"));
  g_free (RUN_OK ("review", key_a, "--went-well", "Fast isolation", "--follow-up", "Patch the VPN"));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GPtrArray) file_cases = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *home = NULL;
  int status;

  g_test_init (&argc, &argv, NULL);
  /* Each case reports every way it fails, and the table goes on */
  g_test_set_nonfatal_assertions ();

  /* Never touch the user's own workspace or cache */
  home = g_dir_make_tmp ("cordon-bad-home-XXXXXX", NULL);
  g_setenv ("XDG_DATA_HOME", home, TRUE);
  g_setenv ("XDG_CACHE_HOME", home, TRUE);

  make_base_workspace ();

  for (guint i = 0; i < G_N_ELEMENTS (command_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/bad-input/command/%03u-%s", i, command_cases[i].args[0]);
      g_test_add_data_func (path, &command_cases[i], test_command);
    }

  for (guint i = 0; i < G_N_ELEMENTS (damage_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/bad-input/damaged/%s", damage_cases[i].name);
      g_test_add_data_func (path, &damage_cases[i], test_damage);
    }

  for (guint f = 0; f < G_N_ELEMENTS (hostile_files); f++)
    for (guint c = 0; c < G_N_ELEMENTS (file_commands); c++)
      {
        FileCase *file_case = g_new (FileCase, 1);
        g_autofree char *path = g_strdup_printf ("/bad-input/file/%s/%s", hostile_files[f].name, file_commands[c].name);

        file_case->file = &hostile_files[f];
        file_case->command = &file_commands[c];
        g_ptr_array_add (file_cases, file_case);
        g_test_add_data_func (path, file_case, test_file);
      }

  status = g_test_run ();

  cordon_test_remove_tree (base_dir);
  cordon_test_remove_tree (home);

  return status;
}
