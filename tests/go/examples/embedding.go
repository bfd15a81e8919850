package main

import "fmt"

type base struct{ num int }

func (b base) describe() string { return fmt.Sprintf("base with num=%v", b.num) }
func (b *base) bump()           { b.num++ }

type container struct {
	base
	str string
}

type Logger struct {
	prefix string
	lines  []string
}

func (l *Logger) Log(msg string) { l.lines = append(l.lines, l.prefix+msg) }

type Service struct {
	*Logger
	Name string
}

type Reader interface{ Read() string }
type Writer interface{ Write(s string) }
type ReadWriter interface {
	Reader
	Writer
}

type buffer struct{ data []string }

func (b *buffer) Read() string {
	if len(b.data) == 0 {
		return ""
	}
	s := b.data[0]
	b.data = b.data[1:]
	return s
}
func (b *buffer) Write(s string) { b.data = append(b.data, s) }

// Embedding an interface in a struct: override one method.
type upper struct{ ReadWriter }

func (u upper) Write(s string) { u.ReadWriter.Write("<" + s + ">") }

type Inner struct{ A, B int }
type Middle struct {
	Inner
	B int // shadows Inner.B
}
type Outer struct {
	Middle
	C int
}

func main() {
	co := container{base: base{num: 1}, str: "some name"}
	fmt.Printf("co={num: %v, str: %v}\n", co.num, co.str)
	fmt.Println("also num:", co.base.num)
	fmt.Println("describe:", co.describe())
	co.bump()
	fmt.Println(co.num, co)
	type describer interface{ describe() string }
	var d describer = co
	fmt.Println("describer:", d.describe())

	s := Service{Logger: &Logger{prefix: "[svc] "}, Name: "api"}
	s.Log("start")
	s.Log("stop")
	fmt.Println(s.lines, len(s.Logger.lines))

	var rw ReadWriter = &buffer{}
	u := upper{rw}
	u.Write("hello")
	u.Write("world")
	fmt.Println(u.Read(), u.Read(), u.Read() == "")

	o := Outer{Middle{Inner{1, 2}, 3}, 4}
	fmt.Println(o.A, o.B, o.Middle.B, o.Inner.B, o.C)
	fmt.Printf("%v\n%+v\n", o, o)
	o.A = 10
	o.Inner.B = 20
	fmt.Printf("%+v\n", o)

	// Method sets through embedding: pointer-embedded methods on values.
	type wrapper struct{ *base }
	w := wrapper{&base{5}}
	w.bump()
	fmt.Println(w.describe(), w.num)
}
