package main

import "fmt"

type Base struct {
	ID   int
	Name string
}

func (b Base) Describe() string { return fmt.Sprintf("Base(%d, %s)", b.ID, b.Name) }
func (b *Base) Rename(n string) { b.Name = n }

type Timestamps struct {
	Created int
}

func (t Timestamps) Describe() string { return "ts" }

type User struct {
	Base
	*Timestamps
	Email string
	Name  string // shadows Base.Name
}

type Admin struct {
	User
	Level int
}

func main() {
	u := User{Base: Base{1, "base"}, Timestamps: &Timestamps{99}, Email: "u@x", Name: "outer"}
	fmt.Println(u.ID, u.Name, u.Base.Name, u.Created, u.Email)
	u.Rename("renamed")
	fmt.Println(u.Base.Name, u.Name)
	fmt.Println(u.Base.Describe(), u.Timestamps.Describe())
	a := Admin{User: u, Level: 3}
	fmt.Println(a.ID, a.Created, a.Level, a.User.Name)
	a.ID = 42
	fmt.Println(a.ID, u.ID)
	a.Created = 1000 // through the shared pointer
	fmt.Println(u.Created)
	a.Rename("admin")
	fmt.Println(a.Base.Name, u.Base.Name)
	fmt.Printf("%+v\n", a.Base)
}
