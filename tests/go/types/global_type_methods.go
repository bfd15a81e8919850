package main

import "fmt"

// The type of a package variable is registered before the functions are
// compiled: the method table of State (a field of the map's key type, and
// the map's value type) must still point at State's own methods.

type State int

func (s State) String() string { return [...]string{"Idle", "Busy", "Done"}[s] }

type Event string

func (e Event) String() string { return "event " + string(e) }

type key struct {
	from State
	ev   Event
}

var table = map[key]State{
	{0, "start"}: 1,
	{1, "stop"}:  2,
}

var current State = 0

var byName = map[string]fmt.Stringer{"idle": State(0), "go": Event("go")}

var pending = []Event{"start", "stop", "again"}

func step(e Event) string {
	next, ok := table[key{current, e}]
	if !ok {
		return fmt.Sprintf("%v: no transition on %v", current, e)
	}
	msg := fmt.Sprintf("%v -%v-> %v", current, e, next)
	current = next
	return msg
}

func main() {
	for _, e := range pending {
		fmt.Println(step(e))
	}
	fmt.Println(current, byName["idle"], byName["go"])
	fmt.Printf("%v %s %d\n", table, current, current)
}
