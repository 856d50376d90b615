// NgRx's ActionsSubject needs the JIT compiler when Angular is used outside an Angular app (the broker, the room reducer specs).
import '@angular/compiler';
