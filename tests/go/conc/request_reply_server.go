// Share memory by communicating: a server goroutine owns a map and
// serves get/put requests that carry their own reply channel; clients
// never touch the map, so no lock is needed.
package main

import (
	"fmt"
	"sync"
)

type request struct {
	op    string
	key   string
	value int
	reply chan int
}

func server(reqs <-chan request) {
	store := map[string]int{}
	for r := range reqs {
		switch r.op {
		case "add":
			store[r.key] += r.value
			r.reply <- store[r.key]
		case "get":
			r.reply <- store[r.key]
		case "len":
			r.reply <- len(store)
		}
	}
}

func main() {
	reqs := make(chan request)
	go server(reqs)
	call := func(op, key string, v int) int {
		reply := make(chan int)
		reqs <- request{op, key, v, reply}
		return <-reply
	}
	var wg sync.WaitGroup
	for g := 0; g < 6; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 50; i++ {
				call("add", fmt.Sprint("k", (g+i)%4), i)
			}
		}()
	}
	wg.Wait()
	for _, k := range []string{"k0", "k1", "k2", "k3", "k9"} {
		fmt.Println(k, call("get", k, 0))
	}
	fmt.Println("keys:", call("len", "", 0))
	close(reqs)
}
