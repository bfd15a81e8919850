// minigo's implementation of package os, in Go over natives. Files are
// not provided yet: os.Stdout and os.Stderr write where fmt.Print and the
// builtin print write, os.Stdin reads the run's standard input; opening
// files is an error that says so.

package os

import (
	"errors"
	"io"
)

// Exit ends the program at once with status code; deferred calls do not
// run.
func Exit(code int)

// writeFd writes b to standard output (fd 1) or standard error (fd 2).
func writeFd(fd int, b []byte)

// readFd reads standard input into b (a call that blocks its thread,
// not the program's other goroutines): n bytes, or the end of the input,
// or an error's text.
func readFd(b []byte) (n int, eof bool, err string)

// runtimeArgs is the command line: the program's name, then its
// arguments.
func runtimeArgs() []string

var (
	ErrInvalid    = errors.New("invalid argument")
	ErrPermission = errors.New("permission denied")
	ErrExist      = errors.New("file already exists")
	ErrNotExist   = errors.New("file does not exist")
	ErrClosed     = errors.New("file already closed")
)

var (
	Stdin  = &File{&file{name: "/dev/stdin"}}
	Stdout = &File{&file{name: "/dev/stdout", stdoutOrErr: true}}
	Stderr = &File{&file{name: "/dev/stderr", stdoutOrErr: true}}
	Args   = runtimeArgs()
)

func (f *File) fd() int {
	switch f.name {
	case "/dev/stdout":
		return 1
	case "/dev/stderr":
		return 2
	}
	return 0
}

func (f *File) Name() string { return f.name }

func (f *File) Write(b []byte) (n int, err error) {
	if f == nil {
		return 0, ErrInvalid
	}
	fd := f.fd()
	if fd == 0 {
		return 0, errors.New("write " + f.name + ": minigo cannot write to files yet")
	}
	writeFd(fd, b)
	return len(b), nil
}

func (f *File) Read(b []byte) (n int, err error) {
	if f == nil {
		return 0, ErrInvalid
	}
	if f.name != "/dev/stdin" {
		return 0, errors.New("read " + f.name + ": minigo cannot read files yet")
	}
	if len(b) == 0 {
		return 0, nil
	}
	n, eof, msg := readFd(b)
	if msg != "" {
		return n, &PathError{Op: "read", Path: f.name, Err: errors.New(msg)}
	}
	if eof {
		return 0, io.EOF
	}
	return n, nil
}

func (f *File) WriteString(s string) (n int, err error) {
	return f.Write([]byte(s))
}
