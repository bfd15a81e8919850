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

func isDir(p string) bool {
	fi, err := os.Stat(p)
	return err == nil && fi.IsDir()
}

func main() {
	var err error
	dir, err = os.MkdirTemp("", "minigo-mkdir-*-suffix")
	fmt.Println("MkdirTemp:", err, isDir(dir))
	defer os.RemoveAll(dir)
	base := dir[strings.LastIndex(dir, "/")+1:]
	fmt.Println("pattern kept:", strings.HasPrefix(base, "minigo-mkdir-"), strings.HasSuffix(base, "-suffix"), len(base) > len("minigo-mkdir--suffix"))
	fi, _ := os.Stat(dir)
	fmt.Println("temp dir mode:", fi.Mode())

	fmt.Println("Mkdir:", clean(os.Mkdir(dir+"/a", 0755)), isDir(dir+"/a"))
	err = os.Mkdir(dir+"/a", 0755)
	fmt.Println("Mkdir again:", clean(err), os.IsExist(err), errors.Is(err, os.ErrExist))
	err = os.Mkdir(dir+"/x/y", 0755)
	fmt.Println("Mkdir without parent:", clean(err), os.IsNotExist(err))

	fmt.Println("MkdirAll:", clean(os.MkdirAll(dir+"/p/q/r/s", 0755)), isDir(dir+"/p/q/r/s"))
	fmt.Println("MkdirAll existing:", clean(os.MkdirAll(dir+"/p/q", 0755)))
	fmt.Println("MkdirAll trailing slashes:", clean(os.MkdirAll(dir+"/t1/t2//", 0755)), isDir(dir+"/t1/t2"))
	fmt.Println("MkdirAll dot:", clean(os.MkdirAll(dir+"/p/.", 0755)))
	os.WriteFile(dir+"/file", []byte("x"), 0644)
	fmt.Println("MkdirAll over a file:", clean(os.MkdirAll(dir+"/file", 0755)))
	fmt.Println("MkdirAll under a file:", clean(os.MkdirAll(dir+"/file/sub/more", 0755)))

	// Temporary names in a directory of our own.
	d1, err1 := os.MkdirTemp(dir, "sub")
	d2, err2 := os.MkdirTemp(dir, "sub")
	fmt.Println("two MkdirTemp:", err1, err2, d1 != d2, strings.HasPrefix(d1, dir+"/sub"), isDir(d1), isDir(d2))
	_, err = os.MkdirTemp(dir, "bad/pattern*")
	fmt.Println("MkdirTemp separator:", clean(err))
	_, err = os.MkdirTemp(dir+"/missing", "x")
	fmt.Println("MkdirTemp missing dir:", clean(err))

	f, err := os.CreateTemp(dir, "tmp-*.txt")
	fmt.Println("CreateTemp:", err)
	name := f.Name()
	fmt.Println("name:", strings.HasPrefix(name, dir+"/tmp-"), strings.HasSuffix(name, ".txt"))
	f.WriteString("temporary")
	f.Close()
	fi, _ = os.Stat(name)
	fmt.Println("temp file:", fi.Size(), fi.Mode())
	f2, _ := os.CreateTemp(dir, "tmp-*.txt")
	fmt.Println("distinct:", f2.Name() != name)
	f2.Close()
	f3, _ := os.CreateTemp(dir, "noStar")
	fmt.Println("no star:", strings.HasPrefix(f3.Name(), dir+"/noStar"))
	f3.Close()
	_, err = os.CreateTemp(dir, "a/b")
	fmt.Println("CreateTemp separator:", clean(err))
	_, err = os.CreateTemp(dir+"/nodir", "x*")
	fmt.Println("CreateTemp missing dir:", clean(err) != "<nil>", os.IsNotExist(err))

	// TempDir follows $TMPDIR.
	old, had := os.LookupEnv("TMPDIR")
	os.Setenv("TMPDIR", dir)
	fmt.Println("TempDir from TMPDIR:", os.TempDir() == dir)
	d3, err := os.MkdirTemp("", "via-env")
	fmt.Println("MkdirTemp uses it:", err, strings.HasPrefix(d3, dir+"/via-env"))
	os.Unsetenv("TMPDIR")
	fmt.Println("TempDir default:", os.TempDir())
	if had {
		os.Setenv("TMPDIR", old)
	}
}
