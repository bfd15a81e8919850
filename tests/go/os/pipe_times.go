package main

import (
	"fmt"
	"io"
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

func main() {
	dir, _ = os.MkdirTemp("", "minigo-pipe-")
	defer os.RemoveAll(dir)

	// A pipe between two goroutines: the reader blocks until the writer
	// writes, and sees the end once the write end is closed.
	r, w, err := os.Pipe()
	fmt.Println("Pipe:", err, r.Name(), w.Name())
	done := make(chan string)
	go func() {
		b, err := io.ReadAll(r)
		done <- fmt.Sprintf("%q %v", b, err)
	}()
	for i := 0; i < 5; i++ {
		fmt.Fprintf(w, "msg %d;", i)
		time.Sleep(time.Millisecond)
	}
	w.Close()
	fmt.Println("reader got:", <-done)
	r.Close()
	_, err = w.Write([]byte("x"))
	fmt.Println("write after close:", err)

	// Ping-pong through two pipes.
	r1, w1, _ := os.Pipe()
	r2, w2, _ := os.Pipe()
	go func() {
		buf := make([]byte, 16)
		for {
			n, err := r1.Read(buf)
			if err != nil {
				w2.Close()
				return
			}
			w2.Write([]byte(strings.ToUpper(string(buf[:n]))))
		}
	}()
	buf := make([]byte, 16)
	for _, word := range []string{"ping", "pong", "done"} {
		w1.Write([]byte(word))
		n, _ := r2.Read(buf)
		fmt.Println(word, "->", string(buf[:n]))
	}
	w1.Close()
	n, err := r2.Read(buf)
	fmt.Println("after close:", n, err)
	r1.Close()
	r2.Close()

	// Chtimes sets the modification time; a zero Time leaves one alone.
	name := dir + "/f"
	os.WriteFile(name, []byte("x"), 0644)
	mt := unix(981173106).Add(789 * time.Millisecond)
	at := unix(1267401600)
	fmt.Println("Chtimes:", clean(os.Chtimes(name, at, mt)))
	fi, _ := os.Stat(name)
	fmt.Println("mtime:", fi.ModTime().Unix(), fi.ModTime().UnixNano(), fi.ModTime().Equal(mt))
	fmt.Println("Chtimes zero:", clean(os.Chtimes(name, time.Time{}, time.Time{})))
	fi, _ = os.Stat(name)
	fmt.Println("unchanged:", fi.ModTime().Equal(mt))
	fmt.Println("Chtimes missing:", clean(os.Chtimes(dir+"/none", at, mt)))

	// Owners: giving a file to its own owner is allowed.
	fmt.Println("Chown self:", clean(os.Chown(name, os.Getuid(), os.Getgid())))
	fmt.Println("Chown -1:", clean(os.Chown(name, -1, -1)))
	fmt.Println("Lchown missing:", clean(os.Lchown(dir+"/none", -1, -1)))
	f, _ := os.Open(name)
	fmt.Println("File.Chown:", clean(f.Chown(-1, -1)))
	f.Close()
	fmt.Println("File.Chown closed:", clean(f.Chown(-1, -1)))
	gids, err := os.Getgroups()
	fmt.Println("Getgroups:", err, gids != nil || gids == nil)

	// SameFile: hard links are the same file, copies are not.
	os.Link(name, dir+"/hard")
	os.WriteFile(dir+"/copy", []byte("x"), 0644)
	a, _ := os.Stat(name)
	b, _ := os.Stat(dir + "/hard")
	c, _ := os.Stat(dir + "/copy")
	os.Symlink("f", dir+"/sym")
	d, _ := os.Stat(dir + "/sym")
	l, _ := os.Lstat(dir + "/sym")
	fmt.Println("SameFile:", os.SameFile(a, b), os.SameFile(a, c), os.SameFile(a, d), os.SameFile(a, l), os.SameFile(a, a))

	// Rename onto a directory: refused, even onto itself.
	os.Mkdir(dir+"/d", 0755)
	fmt.Println("rename dir onto itself:", clean(os.Rename(dir+"/d", dir+"/d")))
	fmt.Println("rename dir onto itself via another name:", clean(os.Rename(dir+"/d", dir+"/./d")))
}

// unix is time.Unix(sec, 0) in UTC, made from the zero Time.
func unix(sec int64) time.Time {
	const step = 1 << 33
	t := time.Time{}
	s := sec + 62135596800
	for s > step {
		t = t.Add(step * time.Second)
		s -= step
	}
	return t.Add(time.Duration(s) * time.Second)
}
