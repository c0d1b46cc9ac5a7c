// Small non-variadic wrappers around libedit's variadic el_set and history calls, which
// Swift cannot call, and the signal handling of the cq shell.
#ifndef CQ_EDITLINE_H
#define CQ_EDITLINE_H

#include <stdio.h>
#include <histedit.h>

/// Starts libedit on the standard streams.
EditLine *cq_el_init(const char *program);
/// Sets the prompt (copied; at most 255 bytes).
int cq_el_set_prompt(EditLine *el, const char *prompt);
/// Chooses the key bindings: "emacs" or "vi".
int cq_el_set_editor(EditLine *el, const char *mode);
/// Registers a named editor function (for example Tab completion).
int cq_el_add_function(EditLine *el, const char *name, const char *help, unsigned char (*function)(EditLine *, int));
/// Binds a key sequence ("^I") to a named editor function.
int cq_el_bind(EditLine *el, const char *key, const char *function);
/// Attaches a history to the editor, so that the arrow keys walk it.
int cq_el_set_history(EditLine *el, History *entries);
/// Sets how many entries a history keeps.
int cq_history_set_size(History *entries, int size);
/// Drops an entry equal to the one before it when set.
int cq_history_set_unique(History *entries, int unique);
/// Appends an entry.
int cq_history_enter(History *entries, const char *line);

/// Makes libedit read through a function that polls for pending signals, so that a signal
/// never leaves the prompt blocked in read().
int cq_el_read_with_signal_checks(EditLine *el);
/// Installs handlers for SIGINT, SIGTERM, SIGHUP and SIGWINCH that only record the signal
/// (no SA_RESTART, so a blocking read returns), and ignores SIGPIPE.
void cq_install_signal_handlers(void);
/// The pending SIGINT, SIGTERM or SIGHUP (or 0), cleared by the call.
int cq_take_signal(void);
/// Whether a SIGINT, SIGTERM or SIGHUP is pending, without clearing it.
int cq_signal_pending(void);
/// Whether the terminal was resized since the last call (cleared by the call).
int cq_take_resize(void);
/// The width in columns of the terminal on fd, or 0 when it is not a terminal.
int cq_terminal_width(int fd);

#endif
