package main

import (
	"errors"
	"fmt"
	"io"
)

// data is a ReaderAt and WriterAt over a byte slice.
type data struct {
	b []byte
}

func (d *data) ReadAt(p []byte, off int64) (int, error) {
	if off < 0 {
		return 0, errors.New("negative offset")
	}
	if off >= int64(len(d.b)) {
		return 0, io.EOF
	}
	n := copy(p, d.b[off:])
	if n < len(p) {
		return n, io.EOF
	}
	return n, nil
}

func (d *data) WriteAt(p []byte, off int64) (int, error) {
	if off < 0 {
		return 0, errors.New("negative offset")
	}
	for int64(len(d.b)) < off+int64(len(p)) {
		d.b = append(d.b, '.')
	}
	copy(d.b[off:], p)
	return len(p), nil
}

func main() {
	d := &data{[]byte("0123456789abcdefghij")}
	s := io.NewSectionReader(d, 5, 10)
	fmt.Println("size", s.Size())
	buf := make([]byte, 4)
	for {
		n, err := s.Read(buf)
		fmt.Printf("read %d %q %v\n", n, buf[:n], err)
		if err != nil {
			break
		}
	}
	for _, c := range []struct {
		off    int64
		whence int
	}{{0, io.SeekStart}, {3, io.SeekStart}, {2, io.SeekCurrent}, {-1, io.SeekEnd}, {5, io.SeekEnd}, {-1, io.SeekStart}, {0, 7}} {
		pos, err := s.Seek(c.off, c.whence)
		n, rerr := s.Read(buf[:2])
		fmt.Printf("seek(%d,%d) = %d %v; read %q %v\n", c.off, c.whence, pos, err, buf[:n], rerr)
	}
	for _, off := range []int64{0, 8, 9, 10, -1} {
		n, err := s.ReadAt(buf, off)
		fmt.Printf("ReadAt %d: %d %q %v\n", off, n, buf[:n], err)
	}
	r, off, n := s.Outer()
	fmt.Println(r == io.ReaderAt(d), off, n)
	// A section past the end of the data.
	s = io.NewSectionReader(d, 15, 100)
	all, err := io.ReadAll(s)
	fmt.Printf("%q %v size=%d\n", all, err, s.Size())
	// A huge size is capped.
	s = io.NewSectionReader(d, 3, 1<<63-1)
	fmt.Println(s.Size())
	// Sections of sections.
	inner := io.NewSectionReader(io.NewSectionReader(d, 2, 15), 3, 4)
	all, _ = io.ReadAll(inner)
	fmt.Printf("%q\n", all)

	// OffsetWriter.
	w := &data{[]byte("__________")}
	ow := io.NewOffsetWriter(w, 3)
	ow.Write([]byte("abc"))
	ow.Write([]byte("de"))
	fmt.Println(string(w.b))
	n2, err := ow.WriteAt([]byte("XY"), 1)
	fmt.Println(n2, err, string(w.b))
	_, err = ow.WriteAt([]byte("Z"), -1)
	fmt.Println(err)
	pos, err := ow.Seek(0, io.SeekCurrent)
	fmt.Println(pos, err)
	pos, err = ow.Seek(1, io.SeekStart)
	fmt.Println(pos, err)
	ow.Write([]byte("!"))
	fmt.Println(string(w.b))
	pos, err = ow.Seek(-5, io.SeekCurrent)
	fmt.Println(pos, err)
	pos, err = ow.Seek(0, io.SeekEnd)
	fmt.Println(pos, err)
	ow.Seek(10, io.SeekStart)
	ow.Write([]byte("end"))
	fmt.Println(string(w.b))
}
