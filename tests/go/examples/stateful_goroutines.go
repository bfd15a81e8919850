package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type readOp struct {
	key  int
	resp chan int
}

type writeOp struct {
	key  int
	val  int
	resp chan bool
}

func main() {
	var readOps, writeOps uint64
	reads := make(chan readOp)
	writes := make(chan writeOp)
	stop := make(chan struct{})
	final := make(chan map[int]int)

	go func() {
		state := make(map[int]int)
		for {
			select {
			case read := <-reads:
				read.resp <- state[read.key]
			case write := <-writes:
				state[write.key] += write.val
				write.resp <- true
			case <-stop:
				final <- state
				return
			}
		}
	}()

	var wg sync.WaitGroup
	for r := range 10 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range 20 {
				read := readOp{key: (r + i) % 5, resp: make(chan int)}
				reads <- read
				<-read.resp
				atomic.AddUint64(&readOps, 1)
			}
		}()
	}
	for w := range 5 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range 10 {
				write := writeOp{key: w, val: i, resp: make(chan bool)}
				writes <- write
				<-write.resp
				atomic.AddUint64(&writeOps, 1)
			}
		}()
	}
	wg.Wait()
	close(stop)
	state := <-final
	fmt.Println("readOps:", atomic.LoadUint64(&readOps))
	fmt.Println("writeOps:", atomic.LoadUint64(&writeOps))
	fmt.Println("state:", state)

	// A counter service with request/response.
	type cmd struct {
		op    string
		reply chan int
	}
	cmds := make(chan cmd)
	go func() {
		n := 0
		for c := range cmds {
			switch c.op {
			case "inc":
				n++
			case "dec":
				n--
			case "double":
				n *= 2
			}
			c.reply <- n
		}
	}()
	for _, op := range []string{"inc", "inc", "double", "dec", "get", "double"} {
		reply := make(chan int)
		cmds <- cmd{op, reply}
		fmt.Println(op, "->", <-reply)
	}
	close(cmds)
}
