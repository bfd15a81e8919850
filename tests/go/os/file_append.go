package main

import (
	"errors"
	"fmt"
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

func contents(name string) string {
	b, err := os.ReadFile(name)
	if err != nil {
		return "error: " + clean(err)
	}
	return fmt.Sprintf("%q", b)
}

func main() {
	dir, _ = os.MkdirTemp("", "minigo-append-")
	defer os.RemoveAll(dir)
	name := dir + "/log.txt"

	for i := 1; i <= 3; i++ {
		f, err := os.OpenFile(name, os.O_APPEND|os.O_CREATE|os.O_WRONLY, 0644)
		if err != nil {
			fmt.Println("open:", clean(err))
			return
		}
		fmt.Fprintf(f, "entry %d\n", i)
		f.Close()
	}
	fmt.Println("after three appends:", contents(name))

	// WriteAt is refused on a file opened with O_APPEND.
	f, _ := os.OpenFile(name, os.O_APPEND|os.O_WRONLY, 0)
	n, err := f.WriteAt([]byte("X"), 0)
	fmt.Println("WriteAt in append mode:", n, clean(err))
	// Writes go to the end even after a Seek.
	f.Seek(0, 0)
	f.WriteString("end\n")
	f.Close()
	fmt.Println("after seek and append:", contents(name))

	// O_EXCL on an existing file.
	_, err = os.OpenFile(name, os.O_CREATE|os.O_EXCL|os.O_WRONLY, 0644)
	fmt.Println("O_EXCL:", clean(err))
	fmt.Println("IsExist:", os.IsExist(err), "errors.Is ErrExist:", errors.Is(err, os.ErrExist), "IsNotExist:", os.IsNotExist(err))
	f, err = os.OpenFile(dir+"/new.txt", os.O_CREATE|os.O_EXCL|os.O_WRONLY, 0600)
	fmt.Println("O_EXCL new:", clean(err))
	f.WriteString("fresh")
	f.Close()
	fmt.Println("new:", contents(dir+"/new.txt"))

	// Without O_CREATE a missing file is an error.
	_, err = os.OpenFile(dir+"/missing.txt", os.O_WRONLY, 0644)
	fmt.Println("no O_CREATE:", clean(err))

	// O_TRUNC empties, O_RDWR reads and writes.
	f, _ = os.OpenFile(name, os.O_RDWR|os.O_TRUNC, 0)
	f.WriteString("abcdef")
	f.Seek(2, 0)
	buf := make([]byte, 3)
	n, err = f.Read(buf)
	fmt.Printf("rdwr read: %d %q %s\n", n, buf[:n], clean(err))
	f.WriteString("XY")
	f.Close()
	fmt.Println("after O_TRUNC and writes:", contents(name))

	// Writing to a file opened read-only, reading one opened write-only.
	f, _ = os.Open(name)
	n, err = f.WriteString("nope")
	fmt.Println("write read-only:", n, clean(err))
	f.Close()
	f, _ = os.OpenFile(name, os.O_WRONLY, 0)
	n, err = f.Read(buf)
	fmt.Println("read write-only:", n, clean(err))
	f.Close()
	fmt.Println("unchanged:", contents(name))
}
