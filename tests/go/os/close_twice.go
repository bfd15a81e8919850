package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
)

var dir string

func clean(err error) string {
	if err == nil {
		return "<nil>"
	}
	return strings.ReplaceAll(err.Error(), dir, "DIR")
}

func main() {
	dir, _ = os.MkdirTemp("", "minigo-close-")
	defer os.RemoveAll(dir)
	name := dir + "/x.txt"
	os.WriteFile(name, []byte("content"), 0644)

	f, _ := os.OpenFile(name, os.O_RDWR, 0)
	fmt.Println("first close:", clean(f.Close()))
	err := f.Close()
	fmt.Println("second close:", clean(err))
	fmt.Println("Is ErrClosed:", errors.Is(err, os.ErrClosed), "IsNotExist:", os.IsNotExist(err))
	var pe *os.PathError
	if errors.As(err, &pe) {
		fmt.Println("op:", pe.Op, "err is ErrClosed:", pe.Err == os.ErrClosed)
	}
	fmt.Println("third close:", clean(f.Close()))

	buf := make([]byte, 4)
	n, err := f.Read(buf)
	fmt.Println("read:", n, clean(err))
	n, err = f.Write([]byte("x"))
	fmt.Println("write:", n, clean(err))
	n, err = f.WriteString("x")
	fmt.Println("write string:", n, clean(err))
	n, err = f.ReadAt(buf, 0)
	fmt.Println("read at:", n, clean(err))
	n, err = f.WriteAt(buf, 0)
	fmt.Println("write at:", n, clean(err))
	_, err = f.Seek(0, io.SeekStart)
	fmt.Println("seek:", clean(err))
	_, err = f.Stat()
	fmt.Println("stat:", clean(err))
	fmt.Println("sync:", clean(f.Sync()))
	fmt.Println("truncate:", clean(f.Truncate(0)))
	fmt.Println("name still:", strings.ReplaceAll(f.Name(), dir, "DIR"))
	fmt.Println("fd:", f.Fd() == ^uintptr(0))

	// A nil *File.
	var nf *os.File
	n, err = nf.Read(buf)
	fmt.Println("nil read:", n, err, err == os.ErrInvalid)
	n, err = nf.Write(buf)
	fmt.Println("nil write:", n, err)
	fmt.Println("nil close:", nf.Close())
	_, err = nf.Stat()
	fmt.Println("nil stat:", err)
	_, err = nf.Seek(0, 0)
	fmt.Println("nil seek:", err)

	// Closing through defer after a successful close reports the error.
	g, _ := os.Open(name)
	data, _ := io.ReadAll(g)
	fmt.Printf("%q %s\n", data, clean(g.Close()))
	fmt.Println("deferred:", clean(g.Close()))

	// The file itself is untouched.
	data, _ = os.ReadFile(name)
	fmt.Printf("%q\n", data)
}
