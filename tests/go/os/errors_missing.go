package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
)

func report(label string, err error) {
	fmt.Printf("%-10s %v\n", label+":", err)
	var pe *fs.PathError
	if errors.As(err, &pe) {
		fmt.Printf("%10s op=%q path=%q err=%q\n", "", pe.Op, pe.Path, pe.Err.Error())
	}
	fmt.Printf("%10s IsNotExist=%v Is(ErrNotExist)=%v Is(fs.ErrNotExist)=%v IsExist=%v IsPermission=%v\n", "",
		os.IsNotExist(err), errors.Is(err, os.ErrNotExist), errors.Is(err, fs.ErrNotExist), os.IsExist(err), os.IsPermission(err))
}

func main() {
	const missing = "nosuch.txt"
	_, err := os.Open(missing)
	report("Open", err)
	_, err = os.ReadFile(missing)
	report("ReadFile", err)
	_, err = os.Stat(missing)
	report("Stat", err)
	_, err = os.Lstat("no/such/dir/file")
	report("Lstat", err)
	report("Remove", os.Remove(missing))
	report("Chdir", os.Chdir("nosuch-dir"))
	_, err = os.ReadDir("nosuch-dir")
	report("ReadDir", err)
	_, err = os.OpenFile(missing, os.O_RDWR, 0)
	report("OpenFile", err)
	_, err = os.Readlink(missing)
	report("Readlink", err)
	_, err = os.Open("")
	report("Open empty", err)

	// Wrapping keeps errors.Is working; os.IsNotExist only looks
	// through the os error types.
	_, err = os.Open(missing)
	wrapped := fmt.Errorf("loading config: %w", err)
	fmt.Println(wrapped)
	fmt.Println("wrapped: errors.Is =", errors.Is(wrapped, os.ErrNotExist), "os.IsNotExist =", os.IsNotExist(wrapped))
	twice := fmt.Errorf("startup: %w", wrapped)
	var pe *os.PathError
	fmt.Println("As through two wraps:", errors.As(twice, &pe), pe.Path)
	joined := errors.Join(errors.New("first"), err)
	fmt.Println("joined Is:", errors.Is(joined, fs.ErrNotExist))

	// The sentinel errors themselves.
	for _, e := range []error{os.ErrInvalid, os.ErrPermission, os.ErrExist, os.ErrNotExist, os.ErrClosed, os.ErrNoDeadline, os.ErrDeadlineExceeded, os.ErrProcessDone} {
		fmt.Printf("%q\n", e.Error())
	}
	fmt.Println(os.ErrNotExist == fs.ErrNotExist, os.ErrExist == fs.ErrExist, os.ErrClosed == fs.ErrClosed)
	fmt.Println(os.IsNotExist(os.ErrNotExist), os.IsExist(os.ErrExist), os.IsPermission(os.ErrPermission), os.IsNotExist(nil))
	fmt.Println(os.IsNotExist(&fs.PathError{Op: "x", Path: "y", Err: fs.ErrNotExist}))
	fmt.Println(os.IsTimeout(err), os.IsTimeout(os.ErrDeadlineExceeded))
	se := os.NewSyscallError("open", err)
	fmt.Println(se, os.NewSyscallError("x", nil) == nil)
}
