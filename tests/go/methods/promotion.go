package main

import "fmt"

type Logger struct{ prefix string }

func (l Logger) Log(msg string) string { return l.prefix + msg }
func (l *Logger) SetPrefix(p string)   { l.prefix = p }

type Counter struct{ hits int }

func (c *Counter) Hit() int { c.hits++; return c.hits }

type Service struct {
	Logger
	*Counter
	name string
}

// Service defines its own Log, which hides the promoted one
type Loud struct{ Service }

func (l Loud) Log(msg string) string { return l.Service.Log(msg) + "!" }

func main() {
	s := Service{Logger{"[svc] "}, &Counter{}, "api"}
	fmt.Println(s.Log("start"))
	s.SetPrefix("[new] ")
	fmt.Println(s.Log("again"), s.Hit(), s.Hit())
	copyS := s
	copyS.Hit() // the Counter pointer is shared
	copyS.SetPrefix("[copy] ")
	fmt.Println(s.hits, s.Log("x"), copyS.Log("x"))
	l := Loud{s}
	fmt.Println(l.Log("hey"), l.Hit())
	type Logs interface{ Log(string) string }
	var lg Logs = l
	fmt.Println(lg.Log("iface"))
	lg = s
	fmt.Println(lg.Log("iface"))
	f := s.Log
	fmt.Println(f("method value"))
}
