package main

import "fmt"

type State int

const (
	Idle State = iota
	Running
	Paused
	Stopped
)

func (s State) String() string {
	switch s {
	case Idle:
		return "Idle"
	case Running:
		return "Running"
	case Paused:
		return "Paused"
	case Stopped:
		return "Stopped"
	}
	return fmt.Sprintf("State(%d)", int(s))
}

type Event string

type transition struct {
	from State
	ev   Event
}

type Machine struct {
	state   State
	table   map[transition]State
	onEnter map[State]func(from State)
	log     []string
}

func NewMachine() *Machine {
	m := &Machine{
		table: map[transition]State{
			{Idle, "start"}:    Running,
			{Running, "pause"}: Paused,
			{Paused, "resume"}: Running,
			{Running, "stop"}:  Stopped,
			{Paused, "stop"}:   Stopped,
		},
		onEnter: map[State]func(State){},
	}
	m.onEnter[Stopped] = func(from State) {
		m.log = append(m.log, "cleanup after "+from.String())
	}
	return m
}

func (m *Machine) Fire(ev Event) error {
	next, ok := m.table[transition{m.state, ev}]
	if !ok {
		return fmt.Errorf("invalid event %q in state %v", ev, m.state)
	}
	prev := m.state
	m.state = next
	m.log = append(m.log, fmt.Sprintf("%v --%s--> %v", prev, ev, next))
	if f := m.onEnter[next]; f != nil {
		f(prev)
	}
	return nil
}

func main() {
	m := NewMachine()
	for _, ev := range []Event{"pause", "start", "pause", "pause", "resume", "stop", "start"} {
		if err := m.Fire(ev); err != nil {
			fmt.Println("error:", err)
		}
	}
	for _, l := range m.log {
		fmt.Println(l)
	}
	fmt.Println("final:", m.state, State(9))
	fmt.Printf("%v %d %s\n", m.state, m.state, Paused)
}
