package main

import (
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
	var err error
	dir, err = os.MkdirTemp("", "minigo-rw-")
	if err != nil {
		fmt.Println("MkdirTemp:", err)
		return
	}
	defer os.RemoveAll(dir)
	name := dir + "/data.txt"

	f, err := os.Create(name)
	fmt.Println("create:", clean(err), strings.ReplaceAll(f.Name(), dir, "DIR"))
	n, err := f.Write([]byte("hello, "))
	fmt.Println("write:", n, clean(err))
	n, err = f.WriteString("world\n")
	fmt.Println("write string:", n, clean(err))
	n, err = f.Write(nil)
	fmt.Println("write nothing:", n, clean(err))
	n, err = fmt.Fprintf(f, "line %d: %s\n", 2, "formatted")
	fmt.Println("fprintf:", n, clean(err))
	n, err = io.WriteString(f, "third line\n")
	fmt.Println("io.WriteString:", n, clean(err))
	fmt.Println("close:", clean(f.Close()))

	data, err := os.ReadFile(name)
	fmt.Printf("read file: %q %s\n", data, clean(err))

	// Read in small chunks until the end.
	f, err = os.Open(name)
	fmt.Println("open:", clean(err))
	buf := make([]byte, 7)
	var chunks []string
	for {
		n, err := f.Read(buf)
		if err == io.EOF {
			fmt.Println("EOF with n =", n)
			break
		}
		if err != nil {
			fmt.Println("read error:", clean(err))
			break
		}
		chunks = append(chunks, string(buf[:n]))
	}
	fmt.Printf("%d chunks: %q\n", len(chunks), chunks)
	n, err = f.Read(buf)
	fmt.Println("read again at EOF:", n, err == io.EOF)
	n, err = f.Read(nil)
	fmt.Println("empty read:", n, clean(err))
	fmt.Println("close:", clean(f.Close()))

	// io.ReadAll and io.ReadFull through *File.
	f, _ = os.Open(name)
	all, err := io.ReadAll(f)
	fmt.Printf("ReadAll: %d bytes, %s, lines %d\n", len(all), clean(err), strings.Count(string(all), "\n"))
	f.Close()
	f, _ = os.Open(name)
	head := make([]byte, 5)
	n, err = io.ReadFull(f, head)
	fmt.Printf("ReadFull: %d %q %s\n", n, head, clean(err))
	f.Close()

	// Create truncates an existing file.
	f, _ = os.Create(name)
	f.WriteString("short")
	f.Close()
	data, _ = os.ReadFile(name)
	fmt.Printf("after truncating create: %q\n", data)

	// WriteFile replaces the contents; an empty file reads as empty.
	fmt.Println("write file:", clean(os.WriteFile(name, []byte("replaced\n"), 0644)))
	data, _ = os.ReadFile(name)
	fmt.Printf("%q\n", data)
	os.WriteFile(dir+"/empty", nil, 0644)
	data, err = os.ReadFile(dir + "/empty")
	fmt.Printf("empty: %q %d %v %s\n", data, len(data), data == nil, clean(err))

	// A larger file, written in pieces and read back whole.
	var sb strings.Builder
	for i := 0; i < 5000; i++ {
		fmt.Fprintf(&sb, "%05d,", i)
	}
	big := sb.String()
	f, _ = os.Create(dir + "/big")
	for i := 0; i < len(big); i += 4096 {
		end := i + 4096
		if end > len(big) {
			end = len(big)
		}
		f.WriteString(big[i:end])
	}
	f.Close()
	back, err := os.ReadFile(dir + "/big")
	fmt.Println("big:", len(back), string(back) == big, clean(err), string(back[len(back)-12:]))
}
