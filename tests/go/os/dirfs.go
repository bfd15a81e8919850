package main

import (
	"errors"
	"fmt"
	"io"
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

// memFS is a tiny in-memory file system: only Open, so the fs helpers
// take their generic paths.
type memFS map[string]string

type memFile struct {
	name string
	data string
	off  int
	size int
}

type memInfo struct {
	name string
	size int
}

func (i memInfo) Name() string       { return i.name }
func (i memInfo) Size() int64        { return int64(i.size) }
func (i memInfo) Mode() fs.FileMode  { return 0444 }
func (i memInfo) ModTime() (t time.Time) { return }
func (i memInfo) IsDir() bool        { return false }
func (i memInfo) Sys() any           { return nil }

func (f *memFile) Stat() (fs.FileInfo, error) { return memInfo{f.name, f.size}, nil }
func (f *memFile) Read(b []byte) (int, error) {
	if f.off >= len(f.data) {
		return 0, io.EOF
	}
	n := copy(b, f.data[f.off:])
	f.off += n
	return n, nil
}
func (f *memFile) Close() error               { return nil }

func (m memFS) Open(name string) (fs.File, error) {
	s, ok := m[name]
	if !ok {
		return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrNotExist}
	}
	return &memFile{name, s, 0, len(s)}, nil
}

func main() {
	dir, _ = os.MkdirTemp("", "minigo-dirfs-")
	defer os.RemoveAll(dir)
	os.MkdirAll(dir+"/a/b", 0755)
	os.MkdirAll(dir+"/c", 0755)
	os.WriteFile(dir+"/top.txt", []byte("top"), 0644)
	os.WriteFile(dir+"/a/one.txt", []byte("one"), 0644)
	os.WriteFile(dir+"/a/b/two.txt", []byte("two!"), 0644)
	os.Symlink("top.txt", dir+"/link")

	fsys := os.DirFS(dir)
	data, err := fs.ReadFile(fsys, "a/b/two.txt")
	fmt.Printf("ReadFile: %q %v\n", data, err)
	_, err = fs.ReadFile(fsys, "missing.txt")
	fmt.Println("missing:", err, errors.Is(err, fs.ErrNotExist))
	_, err = fs.ReadFile(fsys, "../escape")
	fmt.Println("invalid path:", err)
	_, err = fs.ReadFile(fsys, "/abs")
	fmt.Println("absolute:", err)

	entries, err := fs.ReadDir(fsys, ".")
	for _, e := range entries {
		fmt.Println("entry:", e)
	}
	fmt.Println(err)
	fi, err := fs.Stat(fsys, "a/one.txt")
	fmt.Println("Stat:", fi.Name(), fi.Size(), err)
	li, err := fs.Lstat(fsys, "link")
	fmt.Println("Lstat:", li.Mode().Type(), err)
	target, err := fs.ReadLink(fsys, "link")
	fmt.Println("ReadLink:", target, err)

	f, err := fsys.Open("a/one.txt")
	fmt.Println("Open:", err)
	b, _ := io.ReadAll(f)
	f.Close()
	fmt.Printf("%q\n", b)
	_, err = fsys.Open("nope")
	fmt.Println("Open missing:", err)

	err = fs.WalkDir(fsys, ".", func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		fmt.Printf("walk: %-14s dir=%v\n", path, d.IsDir())
		return nil
	})
	fmt.Println("walk:", err)
	err = fs.WalkDir(fsys, ".", func(path string, d fs.DirEntry, err error) error {
		if d.IsDir() && path == "a" {
			return fs.SkipDir
		}
		fmt.Println("skipping a:", path)
		return nil
	})
	fmt.Println(err)
	n := 0
	err = fs.WalkDir(fsys, ".", func(path string, d fs.DirEntry, err error) error {
		n++
		if n == 3 {
			return fs.SkipAll
		}
		return nil
	})
	fmt.Println("SkipAll after", n, err)
	err = fs.WalkDir(fsys, "nowhere", func(path string, d fs.DirEntry, err error) error {
		fmt.Println("walk error callback:", path, d == nil, err)
		return err
	})
	fmt.Println("walk missing root:", err)

	// The generic helpers on a file system that only opens.
	m := memFS{"hello.txt": "hello, memory"}
	data, err = fs.ReadFile(m, "hello.txt")
	fmt.Printf("mem ReadFile: %q %v\n", data, err)
	fi, err = fs.Stat(m, "hello.txt")
	fmt.Println("mem Stat:", fi.Name(), fi.Size(), fi.Mode(), err)
	_, err = fs.ReadDir(m, ".")
	fmt.Println("mem ReadDir:", err)
	_, err = fs.ReadLink(m, "hello.txt")
	fmt.Println("mem ReadLink:", err)

	for _, p := range []string{".", "a", "a/b", "", "/a", "a/", "a//b", "./a", "a/../b", "..", "a/.", "héllo/wörld", "\xff"} {
		fmt.Printf("ValidPath(%q) = %v\n", p, fs.ValidPath(p))
	}
	fmt.Println(os.DirFS("").(fs.StatFS) != nil)
	_, err = fs.Stat(os.DirFS(""), "x")
	fmt.Println("empty root:", clean(err))
}
