// The system's BSD editline (libedit). Never <readline/readline.h>: on Debian that is GNU readline.
#include <stdio.h>
#include <histedit.h>
