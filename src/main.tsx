import './ui/start';
import { render } from './ui/render';

render(document.getElementById('root') as HTMLElement);
