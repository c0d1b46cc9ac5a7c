#define _GNU_SOURCE
#include "pty_support.h"

#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>

int cq_test_open_pty(char *name, size_t size, unsigned short rows, unsigned short columns) {
    int master = posix_openpt(O_RDWR | O_NOCTTY);
    if (master < 0) return -1;
    if (grantpt(master) != 0 || unlockpt(master) != 0 || ptsname_r(master, name, size) != 0) {
        close(master);
        return -1;
    }
    struct winsize window = { .ws_row = rows, .ws_col = columns, .ws_xpixel = 0, .ws_ypixel = 0 };
    ioctl(master, TIOCSWINSZ, &window);
    return master;
}

int cq_test_resize_pty(int master, unsigned short rows, unsigned short columns) {
    struct winsize window = { .ws_row = rows, .ws_col = columns, .ws_xpixel = 0, .ws_ypixel = 0 };
    return ioctl(master, TIOCSWINSZ, &window);
}
