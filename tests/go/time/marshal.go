package main

import (
	"fmt"
	"time"
)

func main() {
	times := []time.Time{
		{},
		time.Date(2023, time.August, 9, 10, 11, 12, 130000000, time.UTC),
		time.Date(2023, time.August, 9, 10, 11, 12, 0, time.FixedZone("", -(3*3600 + 30*60))),
		time.Date(2023, time.August, 9, 10, 11, 12, 1, time.FixedZone("SEC", 3600+7)),
		time.Date(10000, time.January, 1, 0, 0, 0, 0, time.UTC),
		time.Date(-1, time.January, 1, 0, 0, 0, 0, time.UTC),
		time.Date(2023, time.January, 1, 0, 0, 0, 0, time.FixedZone("", 24*3600)),
		time.Date(2023, time.January, 1, 0, 0, 0, 0, time.Local),
	}
	for _, t := range times {
		fmt.Println("==", t)
		txt, err := t.MarshalText()
		fmt.Printf("  text %q %v\n", txt, err)
		js, err := t.MarshalJSON()
		fmt.Printf("  json %s %v\n", js, err)
		app, err := t.AppendText([]byte("x="))
		fmt.Printf("  append %q %v\n", app, err)
		bin, err := t.MarshalBinary()
		fmt.Println("  binary", bin, err)
		gob, err := t.GobEncode()
		fmt.Println("  gob", len(gob), err)
		var u time.Time
		if err := u.UnmarshalBinary(bin); err != nil {
			fmt.Println("  unbinary", err)
		} else {
			fmt.Println("  unbinary", u, u.Equal(t))
		}
		var g time.Time
		fmt.Println("  ungob", g.GobDecode(gob), g.Equal(t))
		if txt != nil {
			var v time.Time
			err := v.UnmarshalText(txt)
			fmt.Println("  untext", v, err, v.Equal(t))
			var w time.Time
			err = w.UnmarshalJSON(js)
			fmt.Println("  unjson", w, err, w.Equal(t))
		}
	}
	var t time.Time
	for _, s := range []string{`null`, `"2023-01-02T03:04:05Z"`, `"2023-01-02T03:04:05.5+01:00"`, `"2023-01-02"`, `2023`, `"`, `""`, `"2023-01-02T03:04:05,5Z"`, `"2023-01-02T3:04:05Z"`} {
		err := t.UnmarshalJSON([]byte(s))
		fmt.Println(s, "->", t, err)
	}
	for _, s := range []string{"2023-01-02T03:04:05Z", "bad", "2023-01-02T03:04:05.123456789-00:01"} {
		err := t.UnmarshalText([]byte(s))
		fmt.Println(s, "->", t, err)
	}
	for _, b := range [][]byte{nil, {2}, {1, 0}, {3, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0}, {1, 0, 0, 0, 14, 220, 242, 165, 0, 0, 0, 0, 0, 255, 255}, {2, 0, 0, 0, 14, 220, 242, 165, 0, 0, 0, 0, 0, 0, 60, 5}} {
		err := t.UnmarshalBinary(b)
		fmt.Println(b, "->", t, err)
	}
}
