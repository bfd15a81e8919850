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
	dir, _ = os.MkdirTemp("", "minigo-seek-")
	defer os.RemoveAll(dir)
	name := dir + "/digits"
	os.WriteFile(name, []byte("0123456789abcdefghij"), 0644)

	f, _ := os.OpenFile(name, os.O_RDWR, 0)
	defer f.Close()
	buf := make([]byte, 4)
	read := func(label string) {
		n, err := f.Read(buf)
		fmt.Printf("%s: %q %s\n", label, buf[:n], clean(err))
	}
	seek := func(off int64, whence int) {
		pos, err := f.Seek(off, whence)
		fmt.Printf("Seek(%d, %d) = %d %s\n", off, whence, pos, clean(err))
	}
	read("start")
	seek(0, io.SeekCurrent)
	seek(10, io.SeekStart)
	read("at 10")
	seek(-2, io.SeekCurrent)
	read("back 2")
	seek(-3, io.SeekEnd)
	read("3 from end")
	read("at end")
	seek(100, io.SeekStart)
	read("past end")
	seek(-1, io.SeekStart)
	seek(0, 7)
	seek(0, os.SEEK_END)

	// Writing past the end leaves a hole of zero bytes.
	f.Seek(24, io.SeekStart)
	f.WriteString("Z")
	st, _ := f.Stat()
	fmt.Println("size after write past end:", st.Size())
	all, _ := os.ReadFile(name)
	fmt.Printf("%q\n", all)

	// ReadAt and WriteAt do not move the offset.
	f.Seek(5, io.SeekStart)
	b := make([]byte, 6)
	n, err := f.ReadAt(b, 1)
	fmt.Printf("ReadAt(1): %d %q %s\n", n, b[:n], clean(err))
	n, err = f.ReadAt(b, 22)
	fmt.Printf("ReadAt(22): %d %q %v %s\n", n, b[:n], err == io.EOF, clean(err))
	n, err = f.ReadAt(b, 1000)
	fmt.Printf("ReadAt(1000): %d %v\n", n, err == io.EOF)
	n, err = f.ReadAt(b, -1)
	fmt.Printf("ReadAt(-1): %d %s\n", n, clean(err))
	n, err = f.WriteAt([]byte("**"), 3)
	fmt.Printf("WriteAt(3): %d %s\n", n, clean(err))
	n, err = f.WriteAt([]byte("**"), -5)
	fmt.Printf("WriteAt(-5): %d %s\n", n, clean(err))
	pos, _ := f.Seek(0, io.SeekCurrent)
	fmt.Println("offset still", pos)
	read("read at 5")
	all, _ = os.ReadFile(name)
	fmt.Printf("%q\n", all)

	// SectionReader-like use through io.ReadAtLeast.
	f.Seek(0, io.SeekStart)
	big := make([]byte, 8)
	n, err = io.ReadAtLeast(f, big, 8)
	fmt.Printf("ReadAtLeast: %d %q %s\n", n, big[:n], clean(err))
	_, err = f.Seek(-100, io.SeekCurrent)
	var pe *os.PathError
	fmt.Println("negative seek is PathError:", errors.As(err, &pe), pe != nil && pe.Op == "seek")

	// Truncate shrinks and grows.
	fmt.Println("truncate:", clean(f.Truncate(4)))
	all, _ = os.ReadFile(name)
	fmt.Printf("%q\n", all)
	fmt.Println("truncate grow:", clean(os.Truncate(name, 6)))
	all, _ = os.ReadFile(name)
	fmt.Printf("%q\n", all)
	fmt.Println("truncate missing:", clean(os.Truncate(dir+"/none", 1)))
}
