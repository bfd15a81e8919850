// minigo's implementation of package fmt, in Go over three natives. The
// compiler formats calls whose operands it knows statically itself
// (fmt.Println(x, y), fmt.Printf with a constant format); these
// functions serve the rest: f(args...), variable formats, function
// values, and Errorf.

package fmt

import (
	"errors"
	"io"
)

// sprint formats a as Sprint (mode 0), Sprintln (1) or Sprintf (2).
func sprint(mode int, format string, a []any) string

// errorf formats as Errorf does: the message, whether it wrapped no
// operand (0), one (1) or several (2) with %w, and which (errors only).
func errorf(format string, a []any) (string, int, []int)

// writeOut writes s to standard output (fd 1) or standard error (fd 2).
func writeOut(fd int, s string)

func Sprint(a ...any) string {
	return sprint(0, "", a)
}

func Sprintln(a ...any) string {
	return sprint(1, "", a)
}

func Sprintf(format string, a ...any) string {
	return sprint(2, format, a)
}

func Print(a ...any) (n int, err error) {
	s := sprint(0, "", a)
	writeOut(1, s)
	return len(s), nil
}

func Println(a ...any) (n int, err error) {
	s := sprint(1, "", a)
	writeOut(1, s)
	return len(s), nil
}

func Printf(format string, a ...any) (n int, err error) {
	s := sprint(2, format, a)
	writeOut(1, s)
	return len(s), nil
}

func Fprint(w io.Writer, a ...any) (n int, err error) {
	return w.Write([]byte(sprint(0, "", a)))
}

func Fprintln(w io.Writer, a ...any) (n int, err error) {
	return w.Write([]byte(sprint(1, "", a)))
}

func Fprintf(w io.Writer, format string, a ...any) (n int, err error) {
	return w.Write([]byte(sprint(2, format, a)))
}

type wrapError struct {
	msg string
	err error
}

func (e *wrapError) Error() string {
	return e.msg
}

func (e *wrapError) Unwrap() error {
	return e.err
}

type wrapErrors struct {
	msg  string
	errs []error
}

func (e *wrapErrors) Error() string {
	return e.msg
}

func (e *wrapErrors) Unwrap() []error {
	return e.errs
}

func Errorf(format string, a ...any) error {
	msg, kind, wrapped := errorf(format, a)
	switch kind {
	case 0:
		return errors.New(msg)
	case 1:
		w := &wrapError{msg: msg}
		if len(wrapped) == 1 {
			w.err, _ = a[wrapped[0]].(error)
		}
		return w
	}
	errs := make([]error, len(wrapped))
	for i, j := range wrapped {
		errs[i], _ = a[j].(error)
	}
	return &wrapErrors{msg, errs}
}
