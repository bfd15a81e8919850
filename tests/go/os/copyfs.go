package main

import (
	"fmt"
	"io/fs"
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

func tree(root string) {
	fs.WalkDir(os.DirFS(root), ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			fmt.Println("  error:", clean(err))
			return nil
		}
		info, _ := d.Info()
		extra := ""
		switch {
		case d.Type()&fs.ModeSymlink != 0:
			t, _ := os.Readlink(root + "/" + p)
			extra = "-> " + t
		case !d.IsDir():
			b, _ := os.ReadFile(root + "/" + p)
			// The owner's bits only: the others depend on the umask.
			extra = fmt.Sprintf("%q %v", b, info.Mode().Perm()&0700)
		}
		fmt.Printf("  %-12s %v %s\n", p, d.Type(), extra)
		return nil
	})
}

func main() {
	dir, _ = os.MkdirTemp("", "minigo-copyfs-")
	defer os.RemoveAll(dir)
	src := dir + "/src"
	os.MkdirAll(src+"/sub/deeper", 0755)
	os.WriteFile(src+"/a.txt", []byte("alpha"), 0644)
	os.WriteFile(src+"/run.sh", []byte("#!/bin/sh\n"), 0755)
	os.Chmod(src+"/run.sh", 0755)
	os.WriteFile(src+"/sub/b.txt", []byte("beta"), 0600)
	os.Chmod(src+"/sub/b.txt", 0600)
	os.WriteFile(src+"/sub/deeper/c.txt", []byte("gamma"), 0644)
	os.Symlink("a.txt", src+"/link")

	fmt.Println("CopyFS:", clean(os.CopyFS(dir+"/dst", os.DirFS(src))))
	fmt.Println("source:")
	tree(src)
	fmt.Println("copy:")
	tree(dir + "/dst")

	// Copying again fails: CopyFS does not overwrite files.
	fmt.Println("again:", clean(os.CopyFS(dir+"/dst", os.DirFS(src))))
	// A missing source.
	fmt.Println("missing:", clean(os.CopyFS(dir+"/dst2", os.DirFS(dir+"/nope"))))
}
