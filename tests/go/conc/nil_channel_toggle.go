// A nil channel's case in a select is never chosen, so setting a
// channel variable to nil switches a case off. Here two sources are
// enabled alternately, forcing a strict a,b,a,b order; a source that
// closes is switched off for good.
package main

import "fmt"

func src(prefix string, n int) chan string {
	ch := make(chan string)
	go func() {
		for i := 0; i < n; i++ {
			ch <- fmt.Sprint(prefix, i)
		}
		close(ch)
	}()
	return ch
}

func main() {
	a, b := src("a", 4), src("b", 6)
	turnA := true
	var out []string
	for a != nil || b != nil {
		ca, cb := a, b
		if turnA && a != nil {
			cb = nil
		} else if b != nil {
			ca = nil
		}
		select {
		case s, ok := <-ca:
			if !ok {
				a = nil
				continue
			}
			out = append(out, s)
		case s, ok := <-cb:
			if !ok {
				b = nil
				continue
			}
			out = append(out, s)
		}
		turnA = !turnA
	}
	fmt.Println(out)
}
