package main

import (
	"fmt"
	"io/fs"
	"os"
	"strings"
	"time"
)

var dir string

func clean(err error) string {
	if err == nil {
		return "<nil>"
	}
	return strings.ReplaceAll(err.Error(), dir, "DIR")
}

func describe(label string, fi os.FileInfo, err error) {
	if err != nil {
		fmt.Printf("%s: error %s\n", label, clean(err))
		return
	}
	m := fi.Mode()
	fmt.Printf("%s: name=%q size=%d mode=%v isdir=%v regular=%v perm=%v type=%v\n",
		label, fi.Name(), fi.Size(), m, fi.IsDir(), m.IsRegular(), m.Perm(), m.Type())
}

func main() {
	dir, _ = os.MkdirTemp("", "minigo-stat-")
	defer os.RemoveAll(dir)
	name := dir + "/file.txt"
	os.WriteFile(name, []byte("twelve bytes"), 0644)
	os.Chmod(name, 0640)

	fi, err := os.Stat(name)
	describe("Stat file", fi, err)
	fi, err = os.Stat(dir + "/")
	if err == nil {
		fmt.Println("dir name is the last element:", fi.Name() == dir[strings.LastIndex(dir, "/")+1:], fi.IsDir(), fi.Mode().IsDir(), fi.Mode().Perm())
	}
	fi, err = os.Lstat(name)
	describe("Lstat file", fi, err)

	f, _ := os.Open(name)
	fi, err = f.Stat()
	describe("File.Stat", fi, err)
	f.Close()

	// Size follows writes.
	f, _ = os.OpenFile(name, os.O_WRONLY|os.O_APPEND, 0)
	f.WriteString(" and more")
	fi, _ = f.Stat()
	fmt.Println("size after append:", fi.Size())
	f.Close()

	// Modification time is recent and ModTime compares with Now.
	fi, _ = os.Stat(name)
	age := time.Since(fi.ModTime())
	fmt.Println("modified within a minute:", age > -time.Minute && age < time.Minute)
	fmt.Println("Sys is not nil or nil:", fi.Sys() != nil || fi.Sys() == nil)

	// Chmod and the permission bits.
	for _, perm := range []os.FileMode{0600, 0755, 0444, 0} {
		os.Chmod(name, perm)
		fi, _ := os.Stat(name)
		fmt.Printf("chmod %#o: %v %v\n", perm, fi.Mode(), fi.Mode().Perm() == perm)
	}
	os.Chmod(name, 0644)
	f, _ = os.Open(name)
	fmt.Println("File.Chmod:", clean(f.Chmod(0700)))
	fi, _ = f.Stat()
	fmt.Println(fi.Mode())
	f.Close()
	fmt.Println("chmod missing:", clean(os.Chmod(dir+"/none", 0644)))

	// Directories made with a mode.
	os.Mkdir(dir+"/sub", 0750)
	os.Chmod(dir+"/sub", 0750) // whatever the umask
	fi, _ = os.Stat(dir + "/sub")
	fmt.Println("dir mode:", fi.Mode(), fi.Mode().Type() == fs.ModeDir)

	// FileMode strings of every kind.
	modes := []fs.FileMode{
		0, 0777, 0644, fs.ModeDir | 0755, fs.ModeSymlink | 0777, fs.ModeNamedPipe | 0600,
		fs.ModeSocket | 0700, fs.ModeDevice | 0660, fs.ModeDevice | fs.ModeCharDevice | 0620,
		fs.ModeSetuid | 0755, fs.ModeSetgid | 0755, fs.ModeSticky | fs.ModeDir | 0777,
		fs.ModeAppend | 0644, fs.ModeExclusive | 0644, fs.ModeTemporary | 0600,
		fs.ModeIrregular, fs.ModeType, ^fs.FileMode(0),
	}
	for _, m := range modes {
		fmt.Printf("%12o %-14v dir=%-5v regular=%-5v type=%v\n", uint32(m), m, m.IsDir(), m.IsRegular(), m.Type())
	}
	fmt.Println(os.ModePerm, os.ModeDir == fs.ModeDir, os.ModeType)
}
