package main

import (
	"fmt"
	"io"
	"io/fs"
	"os"
	"sort"
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
	dir, _ = os.MkdirTemp("", "minigo-readdir-")
	defer os.RemoveAll(dir)

	for _, n := range []string{"zeta.txt", "alpha.txt", "Mid.go", "beta", "_under", "10", "9"} {
		os.WriteFile(dir+"/"+n, []byte(n), 0644)
	}
	os.Mkdir(dir+"/dirB", 0755)
	os.Mkdir(dir+"/dirA", 0755)
	os.WriteFile(dir+"/dirA/inner", []byte("x"), 0644)

	entries, err := os.ReadDir(dir)
	fmt.Println("ReadDir:", len(entries), clean(err))
	for _, e := range entries {
		info, ierr := e.Info()
		size := int64(-1)
		if ierr == nil && !info.IsDir() {
			size = info.Size()
		}
		fmt.Printf("  %-10s dir=%-5v type=%-10v size=%-3d %v\n", e.Name(), e.IsDir(), e.Type(), size, e)
		if ierr == nil && info.Name() != e.Name() {
			fmt.Println("  name mismatch")
		}
	}
	fmt.Println(fs.FormatDirEntry(entries[0]))

	empty, err := os.ReadDir(dir + "/dirB")
	fmt.Println("empty dir:", len(empty), empty != nil, clean(err))

	// File.ReadDir in batches: the directory's own order, so sort.
	f, _ := os.Open(dir)
	var names []string
	batches := 0
	for {
		es, err := f.ReadDir(4)
		if err == io.EOF {
			fmt.Println("batches end with EOF, last len", len(es))
			break
		}
		if err != nil {
			fmt.Println("error:", clean(err))
			break
		}
		batches++
		for _, e := range es {
			names = append(names, e.Name())
		}
	}
	sort.Strings(names)
	fmt.Println(batches, "batches:", names)
	es, err := f.ReadDir(-1)
	fmt.Println("after the end, n<=0:", len(es), clean(err))
	f.Close()

	// Readdirnames and Readdir with n <= 0 return everything.
	f, _ = os.Open(dir)
	all, err := f.Readdirnames(0)
	sort.Strings(all)
	fmt.Println("Readdirnames:", all, clean(err))
	f.Close()
	f, _ = os.Open(dir + "/dirA")
	infos, err := f.Readdir(-1)
	for _, fi := range infos {
		fmt.Println("Readdir:", fi.Name(), fi.Size(), fi.IsDir(), clean(err))
	}
	f.Close()

	// Errors.
	_, err = os.ReadDir(dir + "/nope")
	fmt.Println("missing:", clean(err), os.IsNotExist(err))
	_, err = os.ReadDir(dir + "/alpha.txt")
	fmt.Println("not a dir:", clean(err))
	f, _ = os.Open(dir + "/alpha.txt")
	_, err = f.ReadDir(-1)
	fmt.Println("File.ReadDir of a file:", clean(err))
	_, err = f.Readdirnames(-1)
	fmt.Println("Readdirnames of a file:", clean(err))
	f.Close()
	_, err = f.ReadDir(-1)
	fmt.Println("closed:", clean(err))

	// fs.ReadDir and fs.FileInfoToDirEntry.
	fi, _ := os.Stat(dir + "/zeta.txt")
	de := fs.FileInfoToDirEntry(fi)
	fmt.Println(de.Name(), de.IsDir(), de.Type(), de)
	fmt.Println(fs.FileInfoToDirEntry(nil) == nil)
	di, _ := os.Stat(dir + "/dirA")
	fmt.Println(fs.FileInfoToDirEntry(di))
}
