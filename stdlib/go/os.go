// minigo's implementation of package os, in Go over natives.

package os

// Exit ends the program at once with status code; deferred calls do not
// run.
func Exit(code int)
