package main

import (
	"errors"
	"fmt"
	"io"
)

func main() {
	pr, pw := io.Pipe()
	done := make(chan bool)
	go func() {
		for i := 0; i < 3; i++ {
			n, err := fmt.Fprintf(pw, "msg %d;", i)
			if err != nil {
				fmt.Println("write error", err)
			}
			_ = n
		}
		pw.Close()
		done <- true
	}()
	data, err := io.ReadAll(pr)
	fmt.Printf("%q %v\n", data, err)
	<-done

	// Read after writer closed with error.
	pr, pw = io.Pipe()
	myErr := errors.New("custom failure")
	go func() {
		pw.Write([]byte("abc"))
		pw.CloseWithError(myErr)
	}()
	buf := make([]byte, 2)
	for {
		n, err := pr.Read(buf)
		fmt.Printf("read %d %q %v\n", n, buf[:n], err)
		if err != nil {
			fmt.Println(err == myErr)
			break
		}
	}

	// Writer sees reader close.
	pr, pw = io.Pipe()
	pr.Close()
	n, err := pw.Write([]byte("x"))
	fmt.Println(n, err, err == io.ErrClosedPipe)
	pr, pw = io.Pipe()
	pr.CloseWithError(errors.New("reader gone"))
	n, err = pw.Write([]byte("x"))
	fmt.Println(n, err)
	n, err = pr.Read(buf)
	fmt.Println(n, err)

	// Large write split across small reads.
	pr, pw = io.Pipe()
	go func() {
		big := make([]byte, 10000)
		for i := range big {
			big[i] = byte('a' + i%26)
		}
		n, err := pw.Write(big)
		fmt.Println("wrote", n, err)
		pw.Close()
	}()
	total := 0
	small := make([]byte, 777)
	reads := 0
	for {
		n, err := pr.Read(small)
		total += n
		reads++
		if err == io.EOF {
			break
		}
	}
	fmt.Println("total", total, "reads", reads)
	// Close twice is fine; the first error sticks.
	pr, pw = io.Pipe()
	pw.CloseWithError(errors.New("first"))
	pw.CloseWithError(errors.New("second"))
	_, err = pr.Read(buf)
	fmt.Println(err)
	pw.Close()
	_, err = pw.Write([]byte("z"))
	fmt.Println(err)
}
