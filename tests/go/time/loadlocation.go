package main

import (
	"fmt"
	"time"
)

func main() {
	for _, name := range []string{"", "UTC", "Local", "Nowhere/Special", "Mars/Olympus_Mons", "../etc/passwd", "/etc/localtime", "\\x", "a..b", "utc", "local", "Foo.Bar"} {
		loc, err := time.LoadLocation(name)
		if err != nil {
			fmt.Printf("%q: error %v (nil loc %v)\n", name, err, loc == nil)
			continue
		}
		fmt.Printf("%q: %v utc=%v local=%v\n", name, loc, loc == time.UTC, loc == time.Local)
	}
	fmt.Println(time.UTC, time.Local, time.UTC.String(), time.Local.String())
	t := time.Date(2024, 6, 1, 12, 0, 0, 0, time.Local)
	name, off := t.Zone()
	fmt.Println(t, name, off, t.Location(), t.UTC(), t.Equal(t.UTC()), t.IsDST())
	fmt.Println(t.Format(time.RFC3339), t.Format(time.RFC1123), t.Format(time.RFC1123Z))
	start, end := t.ZoneBounds()
	fmt.Println(start.IsZero(), end.IsZero())
	p, err := time.Parse(time.RFC1123, "Sat, 01 Jun 2024 12:00:00 UTC")
	fmt.Println(p, err, p.Location())
	p, err = time.Parse(time.RFC3339, "2024-06-01T12:00:00+00:00")
	fmt.Println(p, err, p.Location())
	p, err = time.ParseInLocation(time.DateTime, "2024-06-01 12:00:00", time.Local)
	fmt.Println(p, err, p.Location(), p == t)
	var nl *time.Location
	fmt.Println(nl.String())
	defer func() { fmt.Println("recovered:", recover()) }()
	time.Date(2020, 1, 1, 0, 0, 0, 0, nil)
}
