package main

import (
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

func main() {
	dir, _ = os.MkdirTemp("", "minigo-links-")
	defer os.RemoveAll(dir)
	target := dir + "/target.txt"
	os.WriteFile(target, []byte("the target"), 0644)

	fmt.Println("Symlink:", clean(os.Symlink("target.txt", dir+"/link")))
	dest, err := os.Readlink(dir + "/link")
	fmt.Println("Readlink:", dest, clean(err))
	li, _ := os.Lstat(dir + "/link")
	si, _ := os.Stat(dir + "/link")
	fmt.Println("Lstat:", li.Name(), li.Mode()&os.ModeSymlink != 0, li.Mode().Type(), li.Size())
	fmt.Println("Stat:", si.Name(), si.Mode().IsRegular(), si.Size())
	data, err := os.ReadFile(dir + "/link")
	fmt.Printf("through the link: %q %s\n", data, clean(err))

	// A dangling link.
	os.Symlink("nowhere", dir+"/dangling")
	_, err = os.Stat(dir + "/dangling")
	fmt.Println("Stat dangling:", clean(err), os.IsNotExist(err))
	li, err = os.Lstat(dir + "/dangling")
	fmt.Println("Lstat dangling:", li.Mode().Type(), clean(err))
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		fmt.Println("entry:", e.Name(), e.Type(), e)
	}

	fmt.Println("Symlink exists:", clean(os.Symlink("x", dir+"/link")))
	_, err = os.Readlink(target)
	fmt.Println("Readlink of a file:", clean(err))

	// Hard links share the contents.
	fmt.Println("Link:", clean(os.Link(target, dir+"/hard")))
	os.WriteFile(target, []byte("changed!"), 0644)
	data, _ = os.ReadFile(dir + "/hard")
	fmt.Printf("hard link sees: %q\n", data)
	fmt.Println("Link exists:", clean(os.Link(target, dir+"/hard")))
	fmt.Println("Link missing:", clean(os.Link(dir+"/none", dir+"/h2")))

	// Removing the link leaves the target; RemoveAll does not follow links.
	os.Mkdir(dir+"/realdir", 0755)
	os.WriteFile(dir+"/realdir/keep", []byte("k"), 0644)
	os.Symlink("realdir", dir+"/dirlink")
	fmt.Println("Remove link:", clean(os.Remove(dir+"/link")))
	_, err = os.Stat(target)
	fmt.Println("target still there:", err == nil)
	fmt.Println("RemoveAll dir link:", clean(os.RemoveAll(dir+"/dirlink")))
	_, err = os.Stat(dir + "/realdir/keep")
	fmt.Println("dir contents kept:", err == nil)
}
