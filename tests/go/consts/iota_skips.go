package main

import "fmt"

type Color int

const (
	Red Color = iota + 1
	_
	Blue
	Green = Color(iota * 100)
	Yellow
)

func (c Color) String() string {
	switch c {
	case Red:
		return "Red"
	case Blue:
		return "Blue"
	case Green:
		return "Green"
	}
	return fmt.Sprintf("Color(%d)", int(c))
}

type Perm uint

const (
	Read Perm = 1 << iota
	Write
	Exec
	All = Read | Write | Exec
)

func main() {
	fmt.Println(Red, Blue, Green, Yellow)
	fmt.Println(int(Red), int(Blue), int(Green), int(Yellow))
	fmt.Println(Read, Write, Exec, All)
	p := Read | Exec
	fmt.Println(p&Write != 0, p&Exec != 0, p&^Read)
	fmt.Printf("%03b %v %d\n", All, Color(2), Color(2))
}
