package main

import "fmt"

type ServerState int

const (
	StateIdle ServerState = iota
	StateConnected
	StateError
	StateRetrying
)

var stateName = map[ServerState]string{
	StateIdle:      "idle",
	StateConnected: "connected",
	StateError:     "error",
	StateRetrying:  "retrying",
}

func (ss ServerState) String() string { return stateName[ss] }

func transition(s ServerState) ServerState {
	switch s {
	case StateIdle:
		return StateConnected
	case StateConnected, StateRetrying:
		return StateIdle
	case StateError:
		return StateError
	default:
		panic(fmt.Errorf("unknown state: %s", s))
	}
}

type Size uint8

const (
	_ Size = iota
	Small
	Medium
	Large
	ExtraLarge = Large + 10
)

func (s Size) String() string {
	switch s {
	case Small:
		return "S"
	case Medium:
		return "M"
	case Large:
		return "L"
	}
	return fmt.Sprintf("Size(%d)", uint8(s))
}

type Level int

const (
	Debug Level = iota - 1
	Info
	Warn
	Error
)

var levelNames = [...]string{"DEBUG", "INFO", "WARN", "ERROR"}

func (l Level) String() string { return levelNames[l+1] }

type Mask uint16

const (
	M1 Mask = 1 << (iota * 2)
	M2
	M3
	M4
)

type Bytes float64

const (
	_       = iota
	KB Bytes = 1 << (10 * iota)
	MB
	GB
)

func (b Bytes) String() string {
	switch {
	case b >= GB:
		return fmt.Sprintf("%.2fGB", b/GB)
	case b >= MB:
		return fmt.Sprintf("%.2fMB", b/MB)
	case b >= KB:
		return fmt.Sprintf("%.2fKB", b/KB)
	}
	return fmt.Sprintf("%.0fB", float64(b))
}

func main() {
	ns := transition(StateIdle)
	fmt.Println(ns)
	ns2 := transition(ns)
	fmt.Println(ns2)
	fmt.Println(StateError, transition(StateError))
	fmt.Printf("%v %d %s|%q\n", StateRetrying, StateRetrying, ServerState(9), ServerState(9))
	fmt.Println(Small, Medium, Large, ExtraLarge, Size(0))
	fmt.Println(Debug, Info, Warn, Error, int(Debug), int(Error))
	for l := Debug; l <= Error; l++ {
		fmt.Printf("%-5v=%d ", l, l)
	}
	fmt.Println()
	fmt.Println(M1, M2, M3, M4, M1|M4)
	fmt.Printf("%016b\n", M1|M2|M3|M4)
	fmt.Println(Bytes(500), Bytes(1536), 3*MB, Bytes(5e9))
	defer func() { fmt.Println("recovered:", recover()) }()
	transition(ServerState(42))
}
