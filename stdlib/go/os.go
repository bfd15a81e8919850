// minigo's implementation of package os, in Go over natives
// (vm/src/host.rs). The code is Go's own where it is not the host's
// (os's file.go, file_posix.go, file_unix.go, dir.go, env.go, error.go,
// path.go, removeall_noat.go, tempfile.go, types.go, stat_linux.go and
// syscall's Errno, Go 1.27); the system calls are natives on the
// host's files.
//
// What belongs to the program, not the process: the environment
// (Getenv, Setenv, Environ: initialised from what the embedder passes,
// the process's environment for the CLI; Setenv changes the program's
// copy only), the working directory (Chdir moves the program's, which
// relative paths are resolved against, not the process's) and the open
// files (a program reads, writes and closes only its own).
//
// os.Stdout and os.Stderr write where fmt.Print and the builtin print
// write, os.Stdin reads the run's standard input. Reads and writes of
// files are blocking calls: the goroutine's thread makes them without
// its P, as Go's do.
//
// An embedder may sandbox the machine (RunOptions.sandbox): then every
// call that reaches the host's files, directories, pipes, ownership or
// hostname fails with EPERM (os.Open: "open x: operation not
// permitted"); the standard streams, the environment and Getwd stay
// (vm/src/host.rs says what else).
//
// Differences from Go: an error's system error is an os-internal errno
// type with syscall.Errno's texts and Is method (%T prints os.errno, not
// syscall.Errno); FileInfo.Sys() returns nil; FileInfo.ModTime is in UTC (time.Unix's
// is local time; minigo's time has no Unix yet); File.ReadDir lstat's each entry when it is
// read (Go uses the directory entry's type). Not provided yet: processes
// (StartProcess, FindProcess, Process, ProcessState, Executable,
// Interrupt, Kill), NewFile, Root and OpenRoot/OpenInRoot, deadlines,
// SyscallConn. CopyFS defers an interface method's call in a closure
// (minigo's VM cannot defer interface methods yet). A read of a Pipe blocks its thread (Go's waits
// in the network poller).
// File.ReadFrom and WriteTo copy through a buffer (Go's generic ones,
// written out rather than through io.Copy).
//
// Copyright 2009 The Go Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in Go's LICENSE file.

package os

import (
	"errors"
	"io"
	"io/fs"
	"sort"
	"strconv"
	"time"
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

// The program's environment (the machine's, not the process's).
func envGet(key string) (value string, ok bool)
func envSet(key, value string)
func envUnset(key string)
func envClear()
func envList() []string

// The host's system calls: each returns an errno (0 for success).
// Relative names are resolved against the program's working directory.
func sysOpen(name string, flag int, perm uint32) (fd int, errno int)
func sysClose(fd int) int

// sysRead and sysWrite read into and write from b at offset off, or at
// the file's position when off is negative (blocking calls).
func sysRead(fd int, b []byte, off int64) (n int, errno int)
func sysWrite(fd int, b []byte, off int64) (n int, errno int)
func sysSeek(fd int, offset int64, whence int) (int64, int)

// sysStat describes the open file fd when fd >= 0, else the file at
// name (following a final symbolic link if follow).
func sysStat(fd int, name string, follow bool) (size int64, mode uint32, mtime int64, mtimeNsec int64, dev, ino uint64, errno int)

// sysReadDir lists the names in the directory open as fd.
func sysReadDir(fd int) (names []string, errno int)
func sysMkdir(name string, perm uint32) int
func sysUnlink(name string) int
func sysRmdir(name string) int
func sysRename(oldname, newname string) int
func sysLink(oldname, newname string, symbolic bool) int
func sysReadlink(name string) (string, int)
func sysGetwd() string
func sysChdir(dir string) int
func sysHostname() (string, int)

// sysProcInfo: pid (0), ppid, uid, euid, gid, egid, page size (6).
func sysProcInfo(what int) int

// sysTruncate and sysChmod work on the open file fd when fd >= 0, else
// on the file at name.
func sysTruncate(fd int, name string, size int64) int
func sysChmod(fd int, name string, mode uint32) int
func sysFsync(fd int) int
func sysRand() uint32
func sysPipe() (r, w int, errno int)

// sysChown changes the owner of the open file fd when fd >= 0, else of
// the file at name (of the link itself unless follow).
func sysChown(fd int, name string, uid, gid int, follow bool) int

// sysUtimes sets the access and modification times of the file at name
// (nanoseconds since 1970), leaving one unchanged if its omit is set.
func sysUtimes(name string, atime, mtime int64, omitA, omitM bool) int
func sysGetgroups() ([]int, int)

// ---- errors (os/error.go; syscall.Errno) ----

var (
	ErrInvalid    = fs.ErrInvalid
	ErrPermission = fs.ErrPermission
	ErrExist      = fs.ErrExist
	ErrNotExist   = fs.ErrNotExist
	ErrClosed     = fs.ErrClosed

	ErrNoDeadline       = errors.New("file type does not support deadline")
	ErrDeadlineExceeded error = &deadlineExceededError{}
	ErrProcessDone      = errors.New("os: process already finished")
	ErrNoHandle         = errors.New("os: process handle unavailable")
)

// errFileClosing is internal/poll's ErrFileClosing: what a directory
// read of a closed file reports (other operations report ErrClosed).
var errFileClosing = errors.New("use of closed file")

// deadlineExceededError is internal/poll's DeadlineExceededError.
type deadlineExceededError struct{}

func (e *deadlineExceededError) Error() string   { return "i/o timeout" }
func (e *deadlineExceededError) Timeout() bool   { return true }
func (e *deadlineExceededError) Temporary() bool { return true }

// errno is syscall.Errno: a system call's error number.
type errno uintptr

const (
	ePERM      errno = 1
	eNOENT     errno = 2
	eBADF      errno = 9
	eACCES     errno = 13
	eEXIST     errno = 17
	eNOTDIR    errno = 20
	eISDIR     errno = 21
	eINVAL     errno = 22
	eNOSYS     errno = 38
	eNOTEMPTY  errno = 39
	eOPNOTSUPP errno = 95
)

func (e errno) Error() string {
	if 0 <= int(e) && int(e) < len(errnoText) {
		s := errnoText[e]
		if s != "" {
			return s
		}
	}
	return "errno " + strconv.Itoa(int(e))
}

func (e errno) Is(target error) bool {
	switch target {
	case ErrPermission:
		return e == eACCES || e == ePERM
	case ErrExist:
		return e == eEXIST || e == eNOTEMPTY
	case ErrNotExist:
		return e == eNOENT
	case errors.ErrUnsupported:
		return e == eNOSYS || e == eOPNOTSUPP
	}
	return false
}

func (e errno) Temporary() bool {
	return e == 4 || e == 24 || e == 23 || e.Timeout() // EINTR, EMFILE, ENFILE
}

func (e errno) Timeout() bool {
	return e == 11 || e == 110 // EAGAIN, ETIMEDOUT
}

// sysErr is the error of errno e, nil for 0.
func sysErr(e int) error {
	if e == 0 {
		return nil
	}
	return errno(e)
}

// errnoText is syscall's table of error strings (linux/amd64).
var errnoText = [...]string{
	1:   "operation not permitted",
	2:   "no such file or directory",
	3:   "no such process",
	4:   "interrupted system call",
	5:   "input/output error",
	6:   "no such device or address",
	7:   "argument list too long",
	8:   "exec format error",
	9:   "bad file descriptor",
	10:  "no child processes",
	11:  "resource temporarily unavailable",
	12:  "cannot allocate memory",
	13:  "permission denied",
	14:  "bad address",
	15:  "block device required",
	16:  "device or resource busy",
	17:  "file exists",
	18:  "invalid cross-device link",
	19:  "no such device",
	20:  "not a directory",
	21:  "is a directory",
	22:  "invalid argument",
	23:  "too many open files in system",
	24:  "too many open files",
	25:  "inappropriate ioctl for device",
	26:  "text file busy",
	27:  "file too large",
	28:  "no space left on device",
	29:  "illegal seek",
	30:  "read-only file system",
	31:  "too many links",
	32:  "broken pipe",
	33:  "numerical argument out of domain",
	34:  "numerical result out of range",
	35:  "resource deadlock avoided",
	36:  "file name too long",
	37:  "no locks available",
	38:  "function not implemented",
	39:  "directory not empty",
	40:  "too many levels of symbolic links",
	42:  "no message of desired type",
	43:  "identifier removed",
	44:  "channel number out of range",
	45:  "level 2 not synchronized",
	46:  "level 3 halted",
	47:  "level 3 reset",
	48:  "link number out of range",
	49:  "protocol driver not attached",
	50:  "no CSI structure available",
	51:  "level 2 halted",
	52:  "invalid exchange",
	53:  "invalid request descriptor",
	54:  "exchange full",
	55:  "no anode",
	56:  "invalid request code",
	57:  "invalid slot",
	59:  "bad font file format",
	60:  "device not a stream",
	61:  "no data available",
	62:  "timer expired",
	63:  "out of streams resources",
	64:  "machine is not on the network",
	65:  "package not installed",
	66:  "object is remote",
	67:  "link has been severed",
	68:  "advertise error",
	69:  "srmount error",
	70:  "communication error on send",
	71:  "protocol error",
	72:  "multihop attempted",
	73:  "RFS specific error",
	74:  "bad message",
	75:  "value too large for defined data type",
	76:  "name not unique on network",
	77:  "file descriptor in bad state",
	78:  "remote address changed",
	79:  "can not access a needed shared library",
	80:  "accessing a corrupted shared library",
	81:  ".lib section in a.out corrupted",
	82:  "attempting to link in too many shared libraries",
	83:  "cannot exec a shared library directly",
	84:  "invalid or incomplete multibyte or wide character",
	85:  "interrupted system call should be restarted",
	86:  "streams pipe error",
	87:  "too many users",
	88:  "socket operation on non-socket",
	89:  "destination address required",
	90:  "message too long",
	91:  "protocol wrong type for socket",
	92:  "protocol not available",
	93:  "protocol not supported",
	94:  "socket type not supported",
	95:  "operation not supported",
	96:  "protocol family not supported",
	97:  "address family not supported by protocol",
	98:  "address already in use",
	99:  "cannot assign requested address",
	100: "network is down",
	101: "network is unreachable",
	102: "network dropped connection on reset",
	103: "software caused connection abort",
	104: "connection reset by peer",
	105: "no buffer space available",
	106: "transport endpoint is already connected",
	107: "transport endpoint is not connected",
	108: "cannot send after transport endpoint shutdown",
	109: "too many references: cannot splice",
	110: "connection timed out",
	111: "connection refused",
	112: "host is down",
	113: "no route to host",
	114: "operation already in progress",
	115: "operation now in progress",
	116: "stale file handle",
	117: "structure needs cleaning",
	118: "not a XENIX named type file",
	119: "no XENIX semaphores available",
	120: "is a named type file",
	121: "remote I/O error",
	122: "disk quota exceeded",
	123: "no medium found",
	124: "wrong medium type",
	125: "operation canceled",
	126: "required key not available",
	127: "key has expired",
	128: "key has been revoked",
	129: "key was rejected by service",
	130: "owner died",
	131: "state not recoverable",
	132: "operation not possible due to RF-kill",
}

type SyscallError struct {
	Syscall string
	Err     error
}

func (e *SyscallError) Error() string { return e.Syscall + ": " + e.Err.Error() }

func (e *SyscallError) Unwrap() error { return e.Err }

func (e *SyscallError) Timeout() bool {
	t, ok := e.Err.(interface{ Timeout() bool })
	return ok && t.Timeout()
}

func NewSyscallError(syscall string, err error) error {
	if err == nil {
		return nil
	}
	return &SyscallError{syscall, err}
}

func IsExist(err error) bool {
	return underlyingErrorIs(err, ErrExist)
}

func IsNotExist(err error) bool {
	return underlyingErrorIs(err, ErrNotExist)
}

func IsPermission(err error) bool {
	return underlyingErrorIs(err, ErrPermission)
}

func IsTimeout(err error) bool {
	terr, ok := underlyingError(err).(interface{ Timeout() bool })
	return ok && terr.Timeout()
}

func underlyingErrorIs(err, target error) bool {
	// Note that this function is not errors.Is:
	// underlyingError only unwraps the specific error-wrapping types
	// that it historically did, not all errors implementing Unwrap().
	err = underlyingError(err)
	if err == target {
		return true
	}
	// To preserve prior behavior, only examine syscall errors.
	e, ok := err.(errno)
	return ok && e.Is(target)
}

// underlyingError returns the underlying error for known os error types.
func underlyingError(err error) error {
	switch err := err.(type) {
	case *PathError:
		return err.Err
	case *LinkError:
		return err.Err
	case *SyscallError:
		return err.Err
	}
	return err
}

type LinkError struct {
	Op  string
	Old string
	New string
	Err error
}

func (e *LinkError) Error() string {
	return e.Op + " " + e.Old + " " + e.New + ": " + e.Err.Error()
}

func (e *LinkError) Unwrap() error {
	return e.Err
}

// ---- the environment (os/env.go) ----

func Expand(s string, mapping func(string) string) string {
	var buf []byte
	// ${} is all ASCII, so bytes are fine for this operation.
	i := 0
	for j := 0; j < len(s); j++ {
		if s[j] == '$' && j+1 < len(s) {
			if buf == nil {
				buf = make([]byte, 0, 2*len(s))
			}
			buf = append(buf, s[i:j]...)
			name, w := getShellName(s[j+1:])
			if name == "" && w > 0 {
				// Encountered invalid syntax; eat the
				// characters.
			} else if name == "" {
				// Valid syntax, but $ was not followed by a
				// name. Leave the dollar character untouched.
				buf = append(buf, s[j])
			} else {
				buf = append(buf, mapping(name)...)
			}
			j += w
			i = j + 1
		}
	}
	if buf == nil {
		return s
	}
	return string(buf) + s[i:]
}

func ExpandEnv(s string) string {
	return Expand(s, Getenv)
}

func isShellSpecialVar(c uint8) bool {
	switch c {
	case '*', '#', '$', '@', '!', '?', '-', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9':
		return true
	}
	return false
}

func isAlphaNum(c uint8) bool {
	return c == '_' || '0' <= c && c <= '9' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
}

func getShellName(s string) (string, int) {
	switch {
	case s[0] == '{':
		if len(s) > 2 && isShellSpecialVar(s[1]) && s[2] == '}' {
			return s[1:2], 3
		}
		// Scan to closing brace
		for i := 1; i < len(s); i++ {
			if s[i] == '}' {
				if i == 1 {
					return "", 2 // Bad syntax; eat "${}"
				}
				return s[1:i], i + 1
			}
		}
		return "", 1 // Bad syntax; eat "${"
	case isShellSpecialVar(s[0]):
		return s[0:1], 1
	}
	// Scan alphanumerics.
	var i int
	for i = 0; i < len(s) && isAlphaNum(s[i]); i++ {
	}
	return s[:i], i
}

func Getenv(key string) string {
	v, _ := LookupEnv(key)
	return v
}

func LookupEnv(key string) (string, bool) {
	if len(key) == 0 {
		return "", false
	}
	return envGet(key)
}

func Setenv(key, value string) error {
	// syscall.Setenv's checks.
	if len(key) == 0 {
		return NewSyscallError("setenv", eINVAL)
	}
	for i := 0; i < len(key); i++ {
		if key[i] == '=' || key[i] == 0 {
			return NewSyscallError("setenv", eINVAL)
		}
	}
	for i := 0; i < len(value); i++ {
		if value[i] == 0 {
			return NewSyscallError("setenv", eINVAL)
		}
	}
	envSet(key, value)
	return nil
}

func Unsetenv(key string) error {
	envUnset(key)
	return nil
}

func Clearenv() {
	envClear()
}

func Environ() []string {
	return envList()
}

// ---- the process ----

var Args = runtimeArgs()

func Getpid() int      { return sysProcInfo(0) }
func Getppid() int     { return sysProcInfo(1) }
func Getuid() int      { return sysProcInfo(2) }
func Geteuid() int     { return sysProcInfo(3) }
func Getgid() int      { return sysProcInfo(4) }
func Getegid() int     { return sysProcInfo(5) }
func Getpagesize() int { return sysProcInfo(6) }

func Hostname() (name string, err error) {
	name, e := sysHostname()
	if e != 0 {
		// Go's hostname (os/sys_linux.go) reads this file when uname
		// gives no name; its error is Open's.
		return "", &PathError{Op: "open", Path: "/proc/sys/kernel/hostname", Err: errno(e)}
	}
	return name, nil
}

func Getwd() (dir string, err error) {
	return sysGetwd(), nil
}

func Chdir(dir string) error {
	if e := sysChdir(dir); e != 0 {
		return &PathError{Op: "chdir", Path: dir, Err: errno(e)}
	}
	return nil
}

func TempDir() string {
	dir := Getenv("TMPDIR")
	if dir == "" {
		dir = "/tmp"
	}
	return dir
}

func UserCacheDir() (string, error) {
	dir := Getenv("XDG_CACHE_HOME")
	if dir == "" {
		dir = Getenv("HOME")
		if dir == "" {
			return "", errors.New("neither $XDG_CACHE_HOME nor $HOME are defined")
		}
		dir += "/.cache"
	} else if dir[0] != '/' {
		return "", errors.New("path in $XDG_CACHE_HOME is relative")
	}
	return dir, nil
}

func UserConfigDir() (string, error) {
	dir := Getenv("XDG_CONFIG_HOME")
	if dir == "" {
		dir = Getenv("HOME")
		if dir == "" {
			return "", errors.New("neither $XDG_CONFIG_HOME nor $HOME are defined")
		}
		dir += "/.config"
	} else if dir[0] != '/' {
		return "", errors.New("path in $XDG_CONFIG_HOME is relative")
	}
	return dir, nil
}

func UserHomeDir() (string, error) {
	if v := Getenv("HOME"); v != "" {
		return v, nil
	}
	return "", errors.New("$HOME is not defined")
}

// ---- files ----

const o_DIRECTORY = 0x10000

// file is the real representation of *File.
type file struct {
	fd          int
	name        string
	closed      bool
	stdoutOrErr bool
	stdin       bool
	appendMode  bool
	// A directory's entries, once read, and how many were returned.
	dirNames []string
	dirRead  bool
	dirPos   int
}

var (
	Stdin  = &File{&file{fd: 0, name: "/dev/stdin", stdin: true}}
	Stdout = &File{&file{fd: 1, name: "/dev/stdout", stdoutOrErr: true}}
	Stderr = &File{&file{fd: 2, name: "/dev/stderr", stdoutOrErr: true}}
)

func (f *File) checkValid(op string) error {
	if f == nil {
		return ErrInvalid
	}
	return nil
}

func (f *File) wrapErr(op string, err error) error {
	if err == nil || err == io.EOF {
		return err
	}
	return &PathError{Op: op, Path: f.name, Err: err}
}

func (f *File) Name() string { return f.name }

func (f *File) Fd() uintptr {
	if f == nil || f.closed {
		return ^(uintptr(0))
	}
	return uintptr(f.fd)
}

func Open(name string) (*File, error) {
	return OpenFile(name, O_RDONLY, 0)
}

func Create(name string) (*File, error) {
	return OpenFile(name, O_RDWR|O_CREATE|O_TRUNC, 0666)
}

func OpenFile(name string, flag int, perm FileMode) (*File, error) {
	fd, e := sysOpen(name, flag, syscallMode(perm))
	if e != 0 {
		return nil, &PathError{Op: "open", Path: name, Err: errno(e)}
	}
	return &File{&file{fd: fd, name: name, appendMode: flag&O_APPEND != 0}}, nil
}

func openDir(name string) (*File, error) {
	fd, e := sysOpen(name, O_RDONLY|o_DIRECTORY, 0)
	if e != 0 {
		return nil, &PathError{Op: "open", Path: name, Err: errno(e)}
	}
	return &File{&file{fd: fd, name: name}}, nil
}

// syscallMode returns the syscall-specific mode bits from Go's portable
// mode bits.
func syscallMode(i FileMode) (o uint32) {
	o |= uint32(i.Perm())
	if i&ModeSetuid != 0 {
		o |= 0x800
	}
	if i&ModeSetgid != 0 {
		o |= 0x400
	}
	if i&ModeSticky != 0 {
		o |= 0x200
	}
	return
}

func (f *File) Close() error {
	if f == nil {
		return ErrInvalid
	}
	if f.closed {
		return &PathError{Op: "close", Path: f.name, Err: ErrClosed}
	}
	f.closed = true
	f.dirNames = nil
	if f.stdin || f.stdoutOrErr {
		return nil
	}
	if e := sysClose(f.fd); e != 0 {
		return &PathError{Op: "close", Path: f.name, Err: errno(e)}
	}
	return nil
}

// read reads up to len(b) bytes at the file's position.
func (f *File) read(b []byte) (int, error) {
	if f.closed {
		return 0, ErrClosed
	}
	if len(b) == 0 {
		return 0, nil
	}
	if f.stdin {
		n, eof, msg := readFd(b)
		if msg != "" {
			return n, errors.New(msg)
		}
		if eof {
			return 0, io.EOF
		}
		return n, nil
	}
	n, e := sysRead(f.fd, b, -1)
	if e != 0 {
		return 0, errno(e)
	}
	if n == 0 {
		return 0, io.EOF
	}
	return n, nil
}

func (f *File) write(b []byte) (int, error) {
	if f.closed {
		return 0, ErrClosed
	}
	if f.stdoutOrErr {
		writeFd(f.fd, b)
		return len(b), nil
	}
	if len(b) == 0 {
		return 0, nil
	}
	n, e := sysWrite(f.fd, b, -1)
	return n, sysErr(e)
}

func (f *File) Read(b []byte) (n int, err error) {
	if err := f.checkValid("read"); err != nil {
		return 0, err
	}
	n, e := f.read(b)
	return n, f.wrapErr("read", e)
}

func (f *File) ReadAt(b []byte, off int64) (n int, err error) {
	if err := f.checkValid("read"); err != nil {
		return 0, err
	}

	if off < 0 {
		return 0, &PathError{Op: "readat", Path: f.name, Err: errors.New("negative offset")}
	}

	for len(b) > 0 {
		if f.closed {
			return n, f.wrapErr("read", ErrClosed)
		}
		m, e := sysRead(f.fd, b, off)
		if e != 0 {
			err = f.wrapErr("read", errno(e))
			break
		}
		if m == 0 {
			return n, io.EOF
		}
		n += m
		b = b[m:]
		off += int64(m)
	}
	return
}

func (f *File) Write(b []byte) (n int, err error) {
	if err := f.checkValid("write"); err != nil {
		return 0, err
	}
	n, e := f.write(b)
	if n < 0 {
		n = 0
	}
	if n != len(b) {
		err = io.ErrShortWrite
	}

	if e != nil {
		err = f.wrapErr("write", e)
	}

	return n, err
}

var errWriteAtInAppendMode = errors.New("os: invalid use of WriteAt on file opened with O_APPEND")

func (f *File) WriteAt(b []byte, off int64) (n int, err error) {
	if err := f.checkValid("write"); err != nil {
		return 0, err
	}
	if f.appendMode {
		return 0, errWriteAtInAppendMode
	}

	if off < 0 {
		return 0, &PathError{Op: "writeat", Path: f.name, Err: errors.New("negative offset")}
	}

	for len(b) > 0 {
		if f.closed {
			return n, f.wrapErr("write", ErrClosed)
		}
		m, e := sysWrite(f.fd, b, off)
		if e != 0 {
			err = f.wrapErr("write", errno(e))
			break
		}
		n += m
		b = b[m:]
		off += int64(m)
	}
	return
}

func (f *File) WriteString(s string) (n int, err error) {
	return f.Write([]byte(s))
}

func (f *File) Seek(offset int64, whence int) (ret int64, err error) {
	if err := f.checkValid("seek"); err != nil {
		return 0, err
	}
	if f.closed {
		return 0, f.wrapErr("seek", ErrClosed)
	}
	r, e := sysSeek(f.fd, offset, whence)
	if e == 0 && f.dirRead && r != 0 {
		e = int(eISDIR)
	}
	if e != 0 {
		return 0, f.wrapErr("seek", errno(e))
	}
	return r, nil
}

func (f *File) Stat() (FileInfo, error) {
	if f == nil {
		return nil, ErrInvalid
	}
	if f.closed {
		return nil, f.wrapErr("stat", ErrClosed)
	}
	fs, e := statFd(f.fd, "", true, basename(f.name))
	if e != 0 {
		return nil, f.wrapErr("stat", errno(e))
	}
	return fs, nil
}

func (f *File) Sync() error {
	if err := f.checkValid("sync"); err != nil {
		return err
	}
	if f.closed {
		return f.wrapErr("sync", ErrClosed)
	}
	if e := sysFsync(f.fd); e != 0 {
		return f.wrapErr("sync", errno(e))
	}
	return nil
}

func (f *File) Truncate(size int64) error {
	if err := f.checkValid("truncate"); err != nil {
		return err
	}
	if f.closed {
		return f.wrapErr("truncate", ErrClosed)
	}
	if e := sysTruncate(f.fd, "", size); e != 0 {
		return f.wrapErr("truncate", errno(e))
	}
	return nil
}

func (f *File) Chmod(mode FileMode) error {
	if err := f.checkValid("chmod"); err != nil {
		return err
	}
	if f.closed {
		return f.wrapErr("chmod", ErrClosed)
	}
	if e := sysChmod(f.fd, "", syscallMode(mode)); e != 0 {
		return f.wrapErr("chmod", errno(e))
	}
	return nil
}

func (f *File) Chdir() error {
	if err := f.checkValid("chdir"); err != nil {
		return err
	}
	if f.closed {
		return f.wrapErr("chdir", ErrClosed)
	}
	if e := sysChdir(f.name); e != 0 {
		return f.wrapErr("chdir", errno(e))
	}
	return nil
}

func ReadFile(name string) ([]byte, error) {
	f, err := Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()

	var statSize int64
	if fi, err := f.Stat(); err == nil {
		statSize = fi.Size()
	}
	return readFileContents(statSize, f)
}

func readFileContents(statSize int64, f *File) ([]byte, error) {
	zeroSize := statSize == 0

	// Figure out how big to make the initial slice. For files with known size
	// that fit in memory, use that size + 1. Otherwise, use a small buffer and
	// we'll grow.
	var size int
	if int64(int(statSize)) == statSize {
		size = int(statSize)
	}
	size++ // one byte for final read at EOF

	const minBuf = 512
	if size < minBuf {
		size = minBuf
	}

	data := make([]byte, 0, size)
	for {
		n, err := f.Read(data[len(data):cap(data)])
		data = data[:len(data)+n]
		if err != nil {
			if err == io.EOF {
				err = nil
			}
			return data, err
		}

		// If we're either out of capacity or if the file was a 0-byte file,
		// grow the buffer.
		capRemain := cap(data) - len(data)
		if capRemain == 0 || (zeroSize && capRemain < minBuf) {
			data = append(data[:cap(data)], make([]byte, minBuf)...)[:len(data)]
		}
	}
}

func WriteFile(name string, data []byte, perm FileMode) error {
	f, err := OpenFile(name, O_WRONLY|O_CREATE|O_TRUNC, perm)
	if err != nil {
		return err
	}
	_, err = f.Write(data)
	if err1 := f.Close(); err1 != nil && err == nil {
		err = err1
	}
	return err
}

// ---- file information (os/types.go, stat_linux.go) ----

type fileStat struct {
	name      string
	size      int64
	mode      FileMode
	mtime     int64
	mtimeNsec int64
	dev, ino  uint64
}

func (fs *fileStat) Name() string       { return fs.name }
func (fs *fileStat) IsDir() bool        { return fs.Mode().IsDir() }
func (fs *fileStat) Size() int64        { return fs.size }
func (fs *fileStat) Mode() FileMode     { return fs.mode }
func (fs *fileStat) ModTime() time.Time { return unixTime(fs.mtime, fs.mtimeNsec) }
func (fs *fileStat) Sys() any           { return nil }

// unixTime is time.Unix(sec, nsec), but in UTC: minigo's package time
// has no Unix yet, so it is the zero Time (January 1, year 1, UTC) moved
// on with Add.
func unixTime(sec, nsec int64) time.Time {
	const unixToInternal = (1969*365 + 1969/4 - 1969/100 + 1969/400) * 86400
	const step = 1 << 33 // seconds: about 272 years, within a Duration
	t := time.Time{}
	s := sec + unixToInternal
	for s > step {
		t = t.Add(step * time.Second)
		s -= step
	}
	for s < -step {
		t = t.Add(-step * time.Second)
		s += step
	}
	return t.Add(time.Duration(s)*time.Second + time.Duration(nsec))
}

// statFd stats fd (fd >= 0) or name; the FileInfo is called base.
func statFd(fd int, name string, follow bool, base string) (*fileStat, int) {
	size, mode, mtime, nsec, dev, ino, e := sysStat(fd, name, follow)
	if e != 0 {
		return nil, e
	}
	fs := &fileStat{name: base, size: size, mtime: mtime, mtimeNsec: nsec, dev: dev, ino: ino}
	fs.mode = FileMode(mode & 0777)
	switch mode & 0xf000 {
	case 0x6000: // S_IFBLK
		fs.mode |= ModeDevice
	case 0x2000: // S_IFCHR
		fs.mode |= ModeDevice | ModeCharDevice
	case 0x4000: // S_IFDIR
		fs.mode |= ModeDir
	case 0x1000: // S_IFIFO
		fs.mode |= ModeNamedPipe
	case 0xa000: // S_IFLNK
		fs.mode |= ModeSymlink
	case 0x8000: // S_IFREG
		// nothing to do
	case 0xc000: // S_IFSOCK
		fs.mode |= ModeSocket
	}
	if mode&0x400 != 0 {
		fs.mode |= ModeSetgid
	}
	if mode&0x800 != 0 {
		fs.mode |= ModeSetuid
	}
	if mode&0x200 != 0 {
		fs.mode |= ModeSticky
	}
	return fs, 0
}

// basename removes trailing slashes and the leading directory name from
// path name.
func basename(name string) string {
	i := len(name) - 1
	// Remove trailing slashes
	for ; i > 0 && name[i] == '/'; i-- {
		name = name[:i]
	}
	// Remove leading directory name
	for i--; i >= 0; i-- {
		if name[i] == '/' {
			name = name[i+1:]
			break
		}
	}
	return name
}

func Stat(name string) (FileInfo, error) {
	fs, e := statFd(-1, name, true, basename(name))
	if e != 0 {
		return nil, &PathError{Op: "stat", Path: name, Err: errno(e)}
	}
	return fs, nil
}

func Lstat(name string) (FileInfo, error) {
	fs, e := statFd(-1, name, false, basename(name))
	if e != 0 {
		return nil, &PathError{Op: "lstat", Path: name, Err: errno(e)}
	}
	return fs, nil
}

// ---- directories (os/dir.go, dir_unix.go) ----

// dirEntry is a DirEntry of a directory read by File.ReadDir.
type dirEntry struct {
	parent string
	name   string
	typ    FileMode
	info   FileInfo
}

func (d *dirEntry) Name() string               { return d.name }
func (d *dirEntry) IsDir() bool                { return d.typ.IsDir() }
func (d *dirEntry) Type() FileMode             { return d.typ }
func (d *dirEntry) String() string             { return fs.FormatDirEntry(d) }
func (d *dirEntry) Info() (FileInfo, error) {
	if d.info != nil {
		return d.info, nil
	}
	return Lstat(d.parent + "/" + d.name)
}

// readdirnames returns up to n more names of the directory (all of them
// when n <= 0).
func (f *File) readdirnames(n int) ([]string, error) {
	if f == nil {
		return nil, ErrInvalid
	}
	if f.closed {
		return nil, &PathError{Op: "readdirent", Path: f.name, Err: errFileClosing}
	}
	if !f.dirRead {
		names, e := sysReadDir(f.fd)
		if e != 0 {
			return nil, &PathError{Op: "readdirent", Path: f.name, Err: errno(e)}
		}
		f.dirNames = names
		f.dirRead = true
	}
	rest := f.dirNames[f.dirPos:]
	if n > 0 && len(rest) > n {
		rest = rest[:n]
	}
	f.dirPos += len(rest)
	if n > 0 && len(rest) == 0 {
		return nil, io.EOF
	}
	return rest, nil
}

func (f *File) Readdirnames(n int) (names []string, err error) {
	names, err = f.readdirnames(n)
	if names == nil && err == nil {
		names = []string{}
	}
	return names, err
}

func (f *File) ReadDir(n int) ([]DirEntry, error) {
	names, err := f.readdirnames(n)
	if err != nil {
		return nil, err
	}
	dirents := []DirEntry{}
	for _, name := range names {
		d := &dirEntry{parent: f.name, name: name}
		info, err := Lstat(f.name + "/" + name)
		if IsNotExist(err) {
			// File disappeared between readdir and lstat.
			continue
		}
		if err != nil {
			return dirents, err
		}
		d.typ = info.Mode().Type()
		dirents = append(dirents, d)
	}
	return dirents, nil
}

func (f *File) Readdir(n int) ([]FileInfo, error) {
	names, err := f.readdirnames(n)
	if err != nil {
		return nil, err
	}
	infos := []FileInfo{}
	for _, name := range names {
		info, err := Lstat(f.name + "/" + name)
		if IsNotExist(err) {
			continue
		}
		if err != nil {
			return infos, err
		}
		infos = append(infos, info)
	}
	return infos, nil
}

func ReadDir(name string) ([]DirEntry, error) {
	f, err := openDir(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()

	dirs, err := f.ReadDir(-1)
	sort.Slice(dirs, func(i, j int) bool { return dirs[i].Name() < dirs[j].Name() })
	return dirs, err
}

func Mkdir(name string, perm FileMode) error {
	if e := sysMkdir(name, syscallMode(perm)); e != 0 {
		return &PathError{Op: "mkdir", Path: name, Err: errno(e)}
	}
	return nil
}

func IsPathSeparator(c uint8) bool {
	return PathSeparator == c
}

func MkdirAll(path string, perm FileMode) error {
	// Fast path: if we can tell whether path is a directory or file, stop with success or error.
	dir, err := Stat(path)
	if err == nil {
		if dir.IsDir() {
			return nil
		}
		return &PathError{Op: "mkdir", Path: path, Err: eNOTDIR}
	}

	// Slow path: make sure parent exists and then call Mkdir for path.
	i := len(path) - 1
	for i >= 0 && IsPathSeparator(path[i]) {
		i--
	}
	for i >= 0 && !IsPathSeparator(path[i]) {
		i--
	}
	if i < 0 {
		i = 0
	}

	// If there is a parent directory, and it is not the volume name,
	// recurse to ensure parent directory exists.
	if parent := path[:i]; len(parent) > 0 {
		err = MkdirAll(parent, perm)
		if err != nil {
			return err
		}
	}

	// Parent now exists; invoke Mkdir and use its result.
	err = Mkdir(path, perm)
	if err != nil {
		// Handle arguments like "foo/." by
		// double-checking that directory doesn't exist.
		dir, err1 := Lstat(path)
		if err1 == nil && dir.IsDir() {
			return nil
		}
		return err
	}
	return nil
}

func Remove(name string) error {
	e := sysUnlink(name)
	if e == 0 {
		return nil
	}
	e1 := sysRmdir(name)
	if e1 == 0 {
		return nil
	}
	// Both failed: rmdir(file) returns ENOTDIR, so that decides which
	// error is real.
	if errno(e1) != eNOTDIR {
		e = e1
	}
	return &PathError{Op: "remove", Path: name, Err: errno(e)}
}

// endsWithDot reports whether the final component of path is ".".
func endsWithDot(path string) bool {
	if path == "." {
		return true
	}
	if len(path) >= 2 && path[len(path)-1] == '.' && IsPathSeparator(path[len(path)-2]) {
		return true
	}
	return false
}

func RemoveAll(path string) error {
	if path == "" {
		// fail silently to retain compatibility with previous behavior
		// of RemoveAll. See issue 28830.
		return nil
	}

	// The rmdir system call permits removing "." on Plan 9,
	// so we don't permit it to remain consistent with the
	// "at" implementation of RemoveAll.
	if endsWithDot(path) {
		return &PathError{Op: "RemoveAll", Path: path, Err: eINVAL}
	}

	// Simple case: if Remove works, we're done.
	err := Remove(path)
	if err == nil || IsNotExist(err) {
		return nil
	}

	// Otherwise, is this a directory we need to recurse into?
	dir, serr := Lstat(path)
	if serr != nil {
		if serr, ok := serr.(*PathError); ok && (IsNotExist(serr.Err) || serr.Err == eNOTDIR) {
			return nil
		}
		return serr
	}
	if !dir.IsDir() {
		// Not a directory; return the error from Remove.
		return err
	}

	// Remove contents & return first error.
	err = nil
	fd, err1 := Open(path)
	if err1 != nil {
		if IsNotExist(err1) {
			return nil
		}
		return err1
	}
	names, readErr := fd.Readdirnames(-1)
	fd.Close()
	for _, name := range names {
		err1 := RemoveAll(path + string(PathSeparator) + name)
		if err == nil {
			err = err1
		}
	}
	if err == nil {
		err = readErr
	}

	// Remove directory.
	err1 = Remove(path)
	if err1 == nil || IsNotExist(err1) {
		return nil
	}
	if err == nil {
		err = err1
	}
	return err
}

func Rename(oldpath, newpath string) error {
	fi, err := Lstat(newpath)
	if err == nil && fi.IsDir() {
		// There are two independent errors this function can return:
		// one for a bad oldname, and one for a bad newname.
		// At this point we've determined the newname is bad.
		// But just in case oldname is also bad, prioritize returning
		// the oldname error because that's what we did historically.
		// However, if the old name and new name are not the same, yet
		// they refer to the same file, it implies a case-only
		// rename on a case-insensitive filesystem, which is ok.
		if ofi, err := Lstat(oldpath); err != nil {
			if pe, ok := err.(*PathError); ok {
				err = pe.Err
			}
			return &LinkError{"rename", oldpath, newpath, err}
		} else if newpath == oldpath || !SameFile(fi, ofi) {
			return &LinkError{"rename", oldpath, newpath, eEXIST}
		}
	}
	if e := sysRename(oldpath, newpath); e != 0 {
		return &LinkError{"rename", oldpath, newpath, errno(e)}
	}
	return nil
}

func Link(oldname, newname string) error {
	if e := sysLink(oldname, newname, false); e != 0 {
		return &LinkError{"link", oldname, newname, errno(e)}
	}
	return nil
}

func Symlink(oldname, newname string) error {
	if e := sysLink(oldname, newname, true); e != 0 {
		return &LinkError{"symlink", oldname, newname, errno(e)}
	}
	return nil
}

func Readlink(name string) (string, error) {
	s, e := sysReadlink(name)
	if e != 0 {
		return "", &PathError{Op: "readlink", Path: name, Err: errno(e)}
	}
	return s, nil
}

func Chmod(name string, mode FileMode) error {
	if e := sysChmod(-1, name, syscallMode(mode)); e != 0 {
		return &PathError{Op: "chmod", Path: name, Err: errno(e)}
	}
	return nil
}

func Truncate(name string, size int64) error {
	if e := sysTruncate(-1, name, size); e != 0 {
		return &PathError{Op: "truncate", Path: name, Err: errno(e)}
	}
	return nil
}

// ---- temporary files (os/tempfile.go) ----

func nextRandom() string {
	return strconv.FormatUint(uint64(sysRand()), 10)
}

func CreateTemp(dir, pattern string) (*File, error) {
	if dir == "" {
		dir = TempDir()
	}

	prefix, suffix, err := prefixAndSuffix(pattern)
	if err != nil {
		return nil, &PathError{Op: "createtemp", Path: pattern, Err: err}
	}
	prefix = joinPath(dir, prefix)

	try := 0
	for {
		name := prefix + nextRandom() + suffix
		f, err := OpenFile(name, O_RDWR|O_CREATE|O_EXCL, 0600)
		if IsExist(err) {
			if try++; try < 10000 {
				continue
			}
			return nil, &PathError{Op: "createtemp", Path: prefix + "*" + suffix, Err: ErrExist}
		}
		return f, err
	}
}

var errPatternHasSeparator = errors.New("pattern contains path separator")

func prefixAndSuffix(pattern string) (prefix, suffix string, err error) {
	for i := 0; i < len(pattern); i++ {
		if IsPathSeparator(pattern[i]) {
			return "", "", errPatternHasSeparator
		}
	}
	pos := -1
	for i := len(pattern) - 1; i >= 0; i-- {
		if pattern[i] == '*' {
			pos = i
			break
		}
	}
	if pos != -1 {
		prefix, suffix = pattern[:pos], pattern[pos+1:]
	} else {
		prefix = pattern
	}
	return prefix, suffix, nil
}

func MkdirTemp(dir, pattern string) (string, error) {
	if dir == "" {
		dir = TempDir()
	}

	prefix, suffix, err := prefixAndSuffix(pattern)
	if err != nil {
		return "", &PathError{Op: "mkdirtemp", Path: pattern, Err: err}
	}
	prefix = joinPath(dir, prefix)

	try := 0
	for {
		name := prefix + nextRandom() + suffix
		err := Mkdir(name, 0700)
		if err == nil {
			return name, nil
		}
		if IsExist(err) {
			if try++; try < 10000 {
				continue
			}
			return "", &PathError{Op: "mkdirtemp", Path: prefix + "*" + suffix, Err: ErrExist}
		}
		if IsNotExist(err) {
			if _, err := Stat(dir); IsNotExist(err) {
				return "", err
			}
		}
		return "", err
	}
}

func joinPath(dir, name string) string {
	if len(dir) > 0 && IsPathSeparator(dir[len(dir)-1]) {
		return dir + name
	}
	return dir + string(PathSeparator) + name
}

// ---- File.ReadFrom, File.WriteTo (os/file.go's generic ones) ----

func (f *File) ReadFrom(r io.Reader) (n int64, err error) {
	if err := f.checkValid("write"); err != nil {
		return 0, err
	}
	buf := make([]byte, 32*1024)
	for {
		nr, er := r.Read(buf)
		if nr > 0 {
			nw, ew := f.Write(buf[:nr])
			n += int64(nw)
			if ew != nil {
				return n, ew
			}
			if nw != nr {
				return n, io.ErrShortWrite
			}
		}
		if er == io.EOF {
			return n, nil
		}
		if er != nil {
			return n, er
		}
	}
}

func (f *File) WriteTo(w io.Writer) (n int64, err error) {
	if err := f.checkValid("read"); err != nil {
		return 0, err
	}
	buf := make([]byte, 32*1024)
	for {
		nr, er := f.Read(buf)
		if nr > 0 {
			nw, ew := w.Write(buf[:nr])
			n += int64(nw)
			if ew != nil {
				return n, ew
			}
			if nw != nr {
				return n, io.ErrShortWrite
			}
		}
		if er == io.EOF {
			return n, nil
		}
		if er != nil {
			return n, er
		}
	}
}

// ---- DirFS (os/file.go) ----

func DirFS(dir string) fs.FS {
	return dirFS(dir)
}

type dirFS string

func (dir dirFS) Open(name string) (fs.File, error) {
	fullname, err := dir.join(name)
	if err != nil {
		return nil, &PathError{Op: "open", Path: name, Err: err}
	}
	f, err := Open(fullname)
	if err != nil {
		err.(*PathError).Path = name
		return nil, err
	}
	return f, nil
}

func (dir dirFS) ReadFile(name string) ([]byte, error) {
	fullname, err := dir.join(name)
	if err != nil {
		return nil, &PathError{Op: "readfile", Path: name, Err: err}
	}
	b, err := ReadFile(fullname)
	if err != nil {
		if e, ok := err.(*PathError); ok {
			e.Path = name
		}
		return nil, err
	}
	return b, nil
}

func (dir dirFS) ReadDir(name string) ([]DirEntry, error) {
	fullname, err := dir.join(name)
	if err != nil {
		return nil, &PathError{Op: "readdir", Path: name, Err: err}
	}
	entries, err := ReadDir(fullname)
	if err != nil {
		if e, ok := err.(*PathError); ok {
			e.Path = name
		}
		return nil, err
	}
	return entries, nil
}

func (dir dirFS) Stat(name string) (fs.FileInfo, error) {
	fullname, err := dir.join(name)
	if err != nil {
		return nil, &PathError{Op: "stat", Path: name, Err: err}
	}
	f, err := Stat(fullname)
	if err != nil {
		err.(*PathError).Path = name
		return nil, err
	}
	return f, nil
}

func (dir dirFS) Lstat(name string) (fs.FileInfo, error) {
	fullname, err := dir.join(name)
	if err != nil {
		return nil, &PathError{Op: "lstat", Path: name, Err: err}
	}
	f, err := Lstat(fullname)
	if err != nil {
		err.(*PathError).Path = name
		return nil, err
	}
	return f, nil
}

func (dir dirFS) ReadLink(name string) (string, error) {
	fullname, err := dir.join(name)
	if err != nil {
		return "", &PathError{Op: "readlink", Path: name, Err: err}
	}
	f, err := Readlink(fullname)
	if err != nil {
		err.(*PathError).Path = name
		return "", err
	}
	return f, nil
}

// join is dirFS's join, with internal/filepathlite's Localize for Unix
// written out (a valid io/fs path without NUL bytes).
func (dir dirFS) join(name string) (string, error) {
	if dir == "" {
		return "", errors.New("os: DirFS with empty root")
	}
	if !fs.ValidPath(name) {
		return "", ErrInvalid
	}
	for i := 0; i < len(name); i++ {
		if name[i] == 0 {
			return "", ErrInvalid
		}
	}
	if IsPathSeparator(dir[len(dir)-1]) {
		return string(dir) + name, nil
	}
	return string(dir) + string(PathSeparator) + name, nil
}

// ---- SameFile, Pipe, owners and times, groups ----

func SameFile(fi1, fi2 FileInfo) bool {
	fs1, ok1 := fi1.(*fileStat)
	fs2, ok2 := fi2.(*fileStat)
	if !ok1 || !ok2 {
		return false
	}
	return fs1.dev == fs2.dev && fs1.ino == fs2.ino
}

func Pipe() (r *File, w *File, err error) {
	rfd, wfd, e := sysPipe()
	if e != 0 {
		return nil, nil, NewSyscallError("pipe2", errno(e))
	}
	return &File{&file{fd: rfd, name: "|0"}}, &File{&file{fd: wfd, name: "|1"}}, nil
}

func Chown(name string, uid, gid int) error {
	if e := sysChown(-1, name, uid, gid, true); e != 0 {
		return &PathError{Op: "chown", Path: name, Err: errno(e)}
	}
	return nil
}

func Lchown(name string, uid, gid int) error {
	if e := sysChown(-1, name, uid, gid, false); e != 0 {
		return &PathError{Op: "lchown", Path: name, Err: errno(e)}
	}
	return nil
}

func (f *File) Chown(uid, gid int) error {
	if err := f.checkValid("chown"); err != nil {
		return err
	}
	if f.closed {
		return f.wrapErr("chown", ErrClosed)
	}
	if e := sysChown(f.fd, "", uid, gid, true); e != 0 {
		return f.wrapErr("chown", errno(e))
	}
	return nil
}

func Chtimes(name string, atime time.Time, mtime time.Time) error {
	var a, m int64
	if !atime.IsZero() {
		a = atime.UnixNano()
	}
	if !mtime.IsZero() {
		m = mtime.UnixNano()
	}
	if e := sysUtimes(name, a, m, atime.IsZero(), mtime.IsZero()); e != 0 {
		return &PathError{Op: "chtimes", Path: name, Err: errno(e)}
	}
	return nil
}

func Getgroups() ([]int, error) {
	gids, e := sysGetgroups()
	if e != 0 {
		return nil, NewSyscallError("getgroups", errno(e))
	}
	return gids, nil
}

// ---- CopyFS (os/dir.go) ----

// errInvalidPath is internal/filepathlite's.
var errInvalidPath = errors.New("invalid path")

// localize is internal/filepathlite's Localize for Unix.
func localize(path string) (string, error) {
	if !fs.ValidPath(path) {
		return "", errInvalidPath
	}
	for i := 0; i < len(path); i++ {
		if path[i] == 0 {
			return "", errInvalidPath
		}
	}
	return path, nil
}

func CopyFS(dir string, fsys fs.FS) error {
	return fs.WalkDir(fsys, ".", func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}

		fpath, err := localize(path)
		if err != nil {
			return err
		}
		newPath := joinPath(dir, fpath)

		switch d.Type() {
		case ModeDir:
			return MkdirAll(newPath, 0777)
		case ModeSymlink:
			target, err := fs.ReadLink(fsys, path)
			if err != nil {
				return err
			}
			return Symlink(target, newPath)
		case 0:
			r, err := fsys.Open(path)
			if err != nil {
				return err
			}
			defer func() { r.Close() }()
			info, err := r.Stat()
			if err != nil {
				return err
			}
			w, err := OpenFile(newPath, O_CREATE|O_EXCL|O_WRONLY, 0666|info.Mode()&0777)
			if err != nil {
				return err
			}

			if _, err := io.Copy(w, r); err != nil {
				w.Close()
				return &PathError{Op: "Copy", Path: newPath, Err: err}
			}
			return w.Close()
		default:
			return &PathError{Op: "CopyFS", Path: path, Err: ErrInvalid}
		}
	})
}
