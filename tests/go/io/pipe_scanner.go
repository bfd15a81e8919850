package main

import (
	"bufio"
	"fmt"
	"io"
	"sync"
)

func main() {
	pr, pw := io.Pipe()
	go func() {
		w := bufio.NewWriter(pw)
		for i := 1; i <= 5; i++ {
			fmt.Fprintf(w, "line %d: %d\n", i, i*i)
		}
		w.Flush()
		pw.Close()
	}()
	sc := bufio.NewScanner(pr)
	sum := 0
	for sc.Scan() {
		var a, b int
		fmt.Sscanf(sc.Text(), "line %d: %d", &a, &b)
		sum += b
		fmt.Println(sc.Text())
	}
	fmt.Println("sum", sum, sc.Err())

	// Several writers, serialized: each Write is delivered whole.
	pr, pw = io.Pipe()
	var wg sync.WaitGroup
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for i := 0; i < 10; i++ {
				pw.Write([]byte(fmt.Sprintf("[g%d]", g)))
			}
		}(g)
	}
	go func() {
		wg.Wait()
		pw.Close()
	}()
	counts := map[string]int{}
	buf := make([]byte, 4)
	for {
		n, err := io.ReadFull(pr, buf)
		if err != nil {
			fmt.Println("end:", n, err)
			break
		}
		counts[string(buf)]++
	}
	fmt.Println(counts["[g0]"], counts["[g1]"], counts["[g2]"], counts["[g3]"], len(counts))

	// A reader that closes early stops the writer.
	pr, pw = io.Pipe()
	done := make(chan error)
	go func() {
		total := 0
		for {
			n, err := pw.Write([]byte("chunk"))
			total += n
			if err != nil {
				fmt.Println("writer stopped after", total, "bytes:", err)
				done <- err
				return
			}
		}
	}()
	r := bufio.NewReaderSize(pr, 16)
	s, _ := r.ReadString('k')
	fmt.Println(s)
	pr.Close()
	<-done
	// Pipe with io.Copy.
	pr, pw = io.Pipe()
	go func() {
		fmt.Fprint(pw, "copied through a pipe")
		pw.CloseWithError(nil)
	}()
	var sink collect
	n, err := io.Copy(&sink, pr)
	fmt.Println(n, err, sink.s)
}

type collect struct {
	s string
	n int
}

func (c *collect) Write(p []byte) (int, error) {
	c.s += string(p)
	return len(p), nil
}
