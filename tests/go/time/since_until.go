package main

import (
	"fmt"
	"time"
)

type event struct {
	Name string
	At   time.Time
	Dur  time.Duration
}

func main() {
	past := time.Date(2001, 1, 1, 0, 0, 0, 0, time.UTC)
	future := time.Date(3001, 1, 1, 0, 0, 0, 0, time.UTC)
	fmt.Println(time.Since(past) > 0, time.Until(past) < 0, time.Until(future) > 0, time.Since(future) < 0)
	fmt.Println(time.Until(future) == time.Duration(1<<63-1), time.Since(future) == time.Duration(-1<<63))
	start := time.Now()
	el := time.Since(start)
	fmt.Println(el >= 0, el < time.Hour, time.Until(start) <= 0)
	// Printing values that hold times and durations.
	e := event{"launch", time.Date(1969, time.July, 16, 13, 32, 0, 0, time.UTC), 195*time.Hour + 18*time.Minute}
	fmt.Println(e.At, e.Dur)
	fmt.Printf("%v|%s|%d\n", e.Dur, e.Dur, e.Dur)
	fmt.Printf("%v|%s\n", e.At, e.At)
	fmt.Println([]time.Duration{time.Second, 1500 * time.Microsecond})
	fmt.Println([]time.Month{time.May, 13}, []time.Weekday{time.Monday})
	fmt.Printf("%d %v %s\n", time.July, time.July, time.Weekday(3))
	fmt.Printf("%q\n", time.Date(2020, 1, 2, 3, 4, 5, 0, time.UTC))
	fmt.Println(e)
	fmt.Printf("%+v\n", e)
	fmt.Printf("%#v %#v\n", e.Dur, e.At)
	fmt.Println(&e.At)
	var st fmt.Stringer = e.At
	fmt.Println(st.String())
}
