// A writer waiting in Lock blocks new readers: once a writer is queued
// behind an active reader, TryRLock fails even though only readers hold
// the lock. When the reader leaves, the writer goes before new readers.
package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var rw sync.RWMutex
	var log []string
	var logMu sync.Mutex
	add := func(s string) {
		logMu.Lock()
		log = append(log, s)
		logMu.Unlock()
	}
	rw.RLock()
	writerDone := make(chan struct{})
	go func() {
		rw.Lock()
		add("writer")
		rw.Unlock()
		close(writerDone)
	}()
	time.Sleep(50 * time.Millisecond)
	fmt.Println("TryRLock with a writer waiting:", rw.TryRLock())
	readerDone := make(chan struct{})
	go func() {
		rw.RLock()
		add("late reader")
		rw.RUnlock()
		close(readerDone)
	}()
	time.Sleep(50 * time.Millisecond)
	add("first reader leaves")
	rw.RUnlock()
	<-writerDone
	<-readerDone
	fmt.Println(log)
}
