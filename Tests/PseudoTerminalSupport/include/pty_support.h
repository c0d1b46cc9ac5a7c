// Opens pseudo-terminals for the end-to-end tests of the shell (posix_openpt, grantpt,
// unlockpt and ptsname are not imported into Swift).
#ifndef CQ_PTY_SUPPORT_H
#define CQ_PTY_SUPPORT_H

#include <stddef.h>

/// Opens a pseudo-terminal of the given size; returns the master's descriptor (or -1) and
/// writes the slave's path into `name`.
int cq_test_open_pty(char *name, size_t size, unsigned short rows, unsigned short columns);

/// Resizes the terminal (the program gets SIGWINCH).
int cq_test_resize_pty(int master, unsigned short rows, unsigned short columns);

#endif
