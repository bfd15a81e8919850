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
	dir, _ = os.MkdirTemp("", "minigo-readdirfile-")
	defer os.RemoveAll(dir)
	os.Mkdir(dir+"/sub", 0755)
	os.WriteFile(dir+"/plain", []byte("plain"), 0644)

	data, err := os.ReadFile(dir + "/sub")
	fmt.Printf("ReadFile dir: %q %s\n", data, clean(err))
	var pe *os.PathError
	if errors.As(err, &pe) {
		fmt.Println("op:", pe.Op, "err:", pe.Err)
	}

	f, err := os.Open(dir + "/sub")
	fmt.Println("Open dir:", clean(err))
	n, err := f.Read(make([]byte, 10))
	fmt.Println("Read dir:", n, clean(err))
	st, _ := f.Stat()
	fmt.Println("Stat via dir file:", st.IsDir(), st.Name())
	fmt.Println("Close dir:", clean(f.Close()))

	_, err = os.OpenFile(dir+"/sub", os.O_WRONLY, 0)
	fmt.Println("open dir for writing:", clean(err))
	err = os.WriteFile(dir+"/sub", []byte("x"), 0644)
	fmt.Println("WriteFile over dir:", clean(err))
	_, err = os.Create(dir + "/sub")
	fmt.Println("Create over dir:", clean(err))
	_, err = os.Open(dir + "/plain/child")
	fmt.Println("path through a file:", clean(err))
	_, err = os.Stat(dir + "/plain/")
	fmt.Println("trailing slash on a file:", clean(err))
	_, err = os.ReadDir(dir + "/plain")
	fmt.Println("ReadDir on a file:", clean(err))

	// io.Copy between files.
	src, _ := os.Open(dir + "/plain")
	dst, _ := os.Create(dir + "/copy")
	nc, err := io.Copy(dst, src)
	fmt.Println("copied:", nc, clean(err))
	src.Close()
	dst.Close()
	data, _ = os.ReadFile(dir + "/copy")
	fmt.Printf("%q\n", data)
}
