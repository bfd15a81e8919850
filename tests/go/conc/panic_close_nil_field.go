// A struct whose channel field was never made holds a nil channel;
// closing it panics with "close of nil channel", and a deferred call
// still runs first.
package main

import "fmt"

type worker struct {
	name string
	quit chan struct{}
}

func (w *worker) stop() {
	defer fmt.Println("stop of", w.name, "unwinding")
	close(w.quit)
}

func main() {
	ok := &worker{"made", make(chan struct{})}
	ok.stop()
	_, open := <-ok.quit
	fmt.Println("made worker stopped, open:", open)
	bad := &worker{name: "zero"}
	fmt.Println("quit is nil:", bad.quit == nil)
	bad.stop()
}
