#include "cq_editline.h"

#include <errno.h>
#include <limits.h>
#include <poll.h>
#include <signal.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>
#include <wchar.h>

static char cq_prompt[256] = "cq> ";

static char *cq_prompt_function(EditLine *el) {
    (void)el;
    return cq_prompt;
}

EditLine *cq_el_init(const char *program) {
    return el_init(program, stdin, stdout, stderr);
}

int cq_el_set_prompt(EditLine *el, const char *prompt) {
    strncpy(cq_prompt, prompt, sizeof cq_prompt - 1);
    cq_prompt[sizeof cq_prompt - 1] = '\0';
    return el_set(el, EL_PROMPT, cq_prompt_function);
}

int cq_el_set_editor(EditLine *el, const char *mode) {
    return el_set(el, EL_EDITOR, mode);
}

int cq_el_add_function(EditLine *el, const char *name, const char *help, unsigned char (*function)(EditLine *, int)) {
    return el_set(el, EL_ADDFN, name, help, function);
}

int cq_el_bind(EditLine *el, const char *key, const char *function) {
    return el_set(el, EL_BIND, key, function, NULL);
}

int cq_el_set_history(EditLine *el, History *entries) {
    return el_set(el, EL_HIST, history, entries);
}

int cq_history_set_size(History *entries, int size) {
    HistEvent event;
    return history(entries, &event, H_SETSIZE, size);
}

int cq_history_set_unique(History *entries, int unique) {
    HistEvent event;
    return history(entries, &event, H_SETUNIQUE, unique);
}

int cq_history_enter(History *entries, const char *line) {
    HistEvent event;
    return history(entries, &event, H_ENTER, line);
}

// Lock-free atomics: safe in a signal handler, and read from other threads (a load polls for
// Ctrl-C from its worker threads).
static atomic_int cq_pending_signal = 0;
static atomic_int cq_resized = 0;

static void cq_record_signal(int number) {
    if (number == SIGWINCH) {
        atomic_store_explicit(&cq_resized, 1, memory_order_relaxed);
    } else {
        atomic_store_explicit(&cq_pending_signal, number, memory_order_relaxed);
    }
}

void cq_install_signal_handlers(void) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = cq_record_signal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = 0;
    sigaction(SIGINT, &action, NULL);
    sigaction(SIGTERM, &action, NULL);
    sigaction(SIGHUP, &action, NULL);
    sigaction(SIGWINCH, &action, NULL);
    signal(SIGPIPE, SIG_IGN);
    // A parent may have started cq with these blocked (thread pools block signals): unblock them.
    sigset_t handled;
    sigemptyset(&handled);
    sigaddset(&handled, SIGINT);
    sigaddset(&handled, SIGTERM);
    sigaddset(&handled, SIGHUP);
    sigaddset(&handled, SIGWINCH);
    sigprocmask(SIG_UNBLOCK, &handled, NULL);
}

// Reads one character for libedit, waking every 100 ms to see whether a signal is pending:
// a signal that arrives just before the read would otherwise leave it blocked.
static int cq_read_character(EditLine *el, wchar_t *character) {
    (void)el;
    char bytes[MB_LEN_MAX];
    size_t count = 0;
    for (;;) {
        if (atomic_load_explicit(&cq_pending_signal, memory_order_relaxed) != 0) {
            errno = EINTR;
            return -1;
        }
        struct pollfd input = { .fd = STDIN_FILENO, .events = POLLIN, .revents = 0 };
        int ready = poll(&input, 1, 100);
        if (ready < 0 && errno != EINTR) return -1;
        if (ready <= 0) continue;
        ssize_t got = read(STDIN_FILENO, bytes + count, 1);
        if (got < 0) {
            if (errno == EINTR) continue;
            return -1;
        }
        if (got == 0) return 0;
        count += 1;
        mbstate_t state;
        memset(&state, 0, sizeof state);
        size_t decoded = mbrtowc(character, bytes, count, &state);
        if (decoded == (size_t)-2 && count < sizeof bytes) continue;
        if (decoded == (size_t)-1 || decoded == (size_t)-2) *character = (unsigned char)bytes[0];
        return 1;
    }
}

int cq_el_read_with_signal_checks(EditLine *el) {
    return el_set(el, EL_GETCFN, cq_read_character);
}

int cq_take_signal(void) {
    return atomic_exchange_explicit(&cq_pending_signal, 0, memory_order_relaxed);
}

int cq_signal_pending(void) {
    return atomic_load_explicit(&cq_pending_signal, memory_order_relaxed) != 0;
}

int cq_take_resize(void) {
    return atomic_exchange_explicit(&cq_resized, 0, memory_order_relaxed);
}

int cq_terminal_width(int fd) {
    struct winsize size;
    if (!isatty(fd) || ioctl(fd, TIOCGWINSZ, &size) != 0) return 0;
    return size.ws_col;
}
