<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>ImageView</name>
    <message>
        <location filename="../ui/viewer/image_view.cpp" line="22"/>
        <source>Corner text</source>
        <translation>Texto de las esquinas</translation>
    </message>
    <message>
        <location filename="../ui/viewer/image_view.cpp" line="266"/>
        <source>%1 %2/%3</source>
        <translation>%1 %2/%3</translation>
    </message>
    <message>
        <location filename="../ui/viewer/image_view.cpp" line="267"/>
        <source>W %1 L %2
Zoom %3%</source>
        <translation>V %1 N %2
Zoom %3%</translation>
    </message>
    <message>
        <location filename="../ui/viewer/image_view.cpp" line="281"/>
        <source>Open a study (Ctrl+O) or drop files here</source>
        <translation>Abra un estudio (Ctrl+O) o suelte archivos aquí</translation>
    </message>
    <message>
        <location filename="../ui/viewer/image_view.cpp" line="333"/>
        <source>RGB %1 %2 %3</source>
        <translation>RGB %1 %2 %3</translation>
    </message>
    <message>
        <location filename="../ui/viewer/image_view.cpp" line="335"/>
        <source>stored %1, value %2</source>
        <translation>almacenado %1, valor %2</translation>
    </message>
    <message>
        <location filename="../ui/viewer/image_view.cpp" line="336"/>
        <source>(%1, %2) %3 | LPS (%4, %5, %6) mm</source>
        <translation>(%1, %2) %3 | LPS (%4, %5, %6) mm</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="30"/>
        <source>Osteon</source>
        <translation>Osteon</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="36"/>
        <source>Studies</source>
        <translation>Estudios</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="41"/>
        <source>Files that could not be loaded, with the reason</source>
        <translation>Archivos que no se pudieron cargar, con el motivo</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="57"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="110"/>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="113"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="114"/>
        <source>&amp;Open file...</source>
        <translation>&amp;Abrir archivo...</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="115"/>
        <source>Open images</source>
        <translation>Abrir imágenes</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="116"/>
        <source>Images (*.dcm *.png *.jpg *.jpeg *.tif *.tiff *.bmp *.nii *.nii.gz *.nrrd *.mha *);;All files (*)</source>
        <translation>Imágenes (*.dcm *.png *.jpg *.jpeg *.tif *.tiff *.bmp *.nii *.nii.gz *.nrrd *.mha *);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="119"/>
        <source>Open &amp;folder...</source>
        <translation>Abrir &amp;carpeta...</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="119"/>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="120"/>
        <source>Open a folder of DICOM files</source>
        <translation>Abrir una carpeta de archivos DICOM</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="123"/>
        <source>Open &amp;DICOMDIR...</source>
        <translation>Abrir &amp;DICOMDIR...</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="123"/>
        <source>Ctrl+Shift+D</source>
        <translation>Ctrl+Shift+D</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="124"/>
        <source>Open a DICOMDIR</source>
        <translation>Abrir un DICOMDIR</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="124"/>
        <source>DICOMDIR (DICOMDIR dicomdir)</source>
        <translation>DICOMDIR (DICOMDIR dicomdir)</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="127"/>
        <source>&amp;Recent studies</source>
        <translation>Estudios &amp;recientes</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="130"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="132"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="134"/>
        <source>Layout 1x1</source>
        <translation>Disposición 1x1</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="134"/>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="135"/>
        <source>Layout 1x3</source>
        <translation>Disposición 1x3</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="135"/>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="136"/>
        <source>Layout 2x2</source>
        <translation>Disposición 2x2</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="136"/>
        <source>Ctrl+3</source>
        <translation>Ctrl+3</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="137"/>
        <source>Next view</source>
        <translation>Siguiente vista</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="137"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="139"/>
        <source>Axial plane</source>
        <translation>Plano axial</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="139"/>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="140"/>
        <source>Sagittal plane</source>
        <translation>Plano sagital</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="140"/>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="141"/>
        <source>Coronal plane</source>
        <translation>Plano coronal</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="141"/>
        <source>C</source>
        <translation>C</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="143"/>
        <source>Next slice</source>
        <translation>Corte siguiente</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="144"/>
        <source>Previous slice</source>
        <translation>Corte anterior</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="145"/>
        <source>Ten slices forward</source>
        <translation>Diez cortes adelante</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="146"/>
        <source>Ten slices back</source>
        <translation>Diez cortes atrás</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="147"/>
        <source>First slice</source>
        <translation>Primer corte</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="148"/>
        <source>Last slice</source>
        <translation>Último corte</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="149"/>
        <source>Cine play/stop</source>
        <translation>Cine reproducir/detener</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="156"/>
        <source>Fit to window</source>
        <translation>Ajustar a la ventana</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="156"/>
        <source>F</source>
        <translation>F</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="157"/>
        <source>Actual pixels (1:1)</source>
        <translation>Píxeles reales (1:1)</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="157"/>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="158"/>
        <source>Zoom in</source>
        <translation>Acercar</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="159"/>
        <source>Zoom out</source>
        <translation>Alejar</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="160"/>
        <source>Rotate 90 degrees clockwise</source>
        <translation>Girar 90 grados en sentido horario</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="160"/>
        <source>R</source>
        <translation>R</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="161"/>
        <source>Rotate 90 degrees counter-clockwise</source>
        <translation>Girar 90 grados en sentido antihorario</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="161"/>
        <source>Shift+R</source>
        <translation>Shift+R</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="162"/>
        <source>Flip horizontally</source>
        <translation>Voltear horizontalmente</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="162"/>
        <source>H</source>
        <translation>H</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="163"/>
        <source>Flip vertically</source>
        <translation>Voltear verticalmente</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="163"/>
        <source>V</source>
        <translation>V</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="164"/>
        <source>Invert</source>
        <translation>Invertir</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="164"/>
        <source>I</source>
        <translation>I</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="165"/>
        <source>Smooth interpolation</source>
        <translation>Interpolación suave</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="165"/>
        <source>Shift+I</source>
        <translation>Shift+I</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="171"/>
        <source>Show corner text</source>
        <translation>Mostrar texto de las esquinas</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="171"/>
        <source>T</source>
        <translation>T</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="175"/>
        <source>Show overlays</source>
        <translation>Mostrar superposiciones</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="175"/>
        <source>O</source>
        <translation>O</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="180"/>
        <source>Link cursor between views</source>
        <translation>Vincular el cursor entre vistas</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="180"/>
        <source>L</source>
        <translation>L</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="182"/>
        <source>Linked cursor on</source>
        <translation>Cursor vinculado activado</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="182"/>
        <source>Linked cursor off</source>
        <translation>Cursor vinculado desactivado</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="184"/>
        <source>Reset view</source>
        <translation>Restablecer vista</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="184"/>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="189"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="195"/>
        <source>The language changes the next time Osteon starts.</source>
        <translation>El idioma cambia la próxima vez que se inicie Osteon.</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="199"/>
        <source>&amp;Window</source>
        <translation>Ve&amp;ntana</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="200"/>
        <source>Auto window/level</source>
        <translation>Ventana/nivel automático</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="200"/>
        <source>W</source>
        <translation>W</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="202"/>
        <source>Header preset %1</source>
        <translation>Preajuste del encabezado %1</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="205"/>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="206"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="206"/>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="210"/>
        <source>&amp;About Osteon</source>
        <translation>&amp;Acerca de Osteon</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="211"/>
        <source>About Osteon</source>
        <translation>Acerca de Osteon</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="212"/>
        <source>Osteon %1: a radiology viewer for bone and spine imaging.
Not for clinical use.</source>
        <translation>Osteon %1: un visor radiológico para imágenes de hueso y columna.
No apto para uso clínico.</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="226"/>
        <source>Still loading; cancel first to open something else.</source>
        <translation>Todavía cargando; cancele antes de abrir otra cosa.</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="232"/>
        <source>Loading %1</source>
        <translation>Cargando %1</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="241"/>
        <source>Loading cancelled</source>
        <translation>Carga cancelada</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/shell/main_window.cpp" line="248"/>
        <source>%n series loaded</source>
        <translation>
            <numerusform>%n serie cargada</numerusform>
            <numerusform>%n series cargadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/shell/main_window.cpp" line="249"/>
        <source>, %n problem(s): see the Studies panel</source>
        <translation>
            <numerusform>, %n problema: vea el panel Estudios</numerusform>
            <numerusform>, %n problemas: vea el panel Estudios</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="253"/>
        <source>Osteon - %1</source>
        <translation>Osteon - %1</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../ui/browser/study_loader.cpp" line="19"/>
        <source>(no description)</source>
        <translation>(sin descripción)</translation>
    </message>
    <message>
        <location filename="../ui/browser/study_loader.cpp" line="21"/>
        <source> [stack %1]</source>
        <translation> [pila %1]</translation>
    </message>
    <message>
        <location filename="../ui/browser/study_loader.cpp" line="66"/>
        <source>Reading headers</source>
        <translation>Leyendo encabezados</translation>
    </message>
    <message>
        <location filename="../ui/browser/study_loader.cpp" line="79"/>
        <source>Loading %1</source>
        <translation>Cargando %1</translation>
    </message>
    <message>
        <location filename="../ui/browser/study_loader.cpp" line="104"/>
        <source>%1: no images found</source>
        <translation>%1: no se encontraron imágenes</translation>
    </message>
    <message>
        <location filename="../ui/browser/study_loader.cpp" line="109"/>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../ui/shell/shortcuts_dialog.cpp" line="13"/>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <location filename="../ui/shell/shortcuts_dialog.cpp" line="16"/>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location filename="../ui/shell/shortcuts_dialog.cpp" line="16"/>
        <source>Shortcut</source>
        <translation>Atajo</translation>
    </message>
</context>
<context>
    <name>StudyBrowser</name>
    <message>
        <location filename="../ui/browser/study_browser.cpp" line="12"/>
        <source>Series</source>
        <translation>Series</translation>
    </message>
    <message>
        <location filename="../ui/browser/study_browser.cpp" line="12"/>
        <source>Modality</source>
        <translation>Modalidad</translation>
    </message>
    <message>
        <location filename="../ui/browser/study_browser.cpp" line="12"/>
        <source>Images</source>
        <translation>Imágenes</translation>
    </message>
    <message>
        <location filename="../ui/browser/study_browser.cpp" line="36"/>
        <source>(no patient)</source>
        <translation>(sin paciente)</translation>
    </message>
    <message>
        <location filename="../ui/browser/study_browser.cpp" line="43"/>
        <source>(no study description)</source>
        <translation>(sin descripción del estudio)</translation>
    </message>
    <message>
        <location filename="../ui/browser/study_browser.cpp" line="51"/>
        <source>%1 x %2 x %3, %4</source>
        <translation>%1 x %2 x %3, %4</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="22"/>
        <source>Osteon radiology viewer</source>
        <translation>Visor radiológico Osteon</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="25"/>
        <source>DICOM files or folders, DICOMDIR, or images to open</source>
        <translation>Archivos o carpetas DICOM, DICOMDIR o imágenes para abrir</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="26"/>
        <source>View layout: 1x1, 1x3 or 2x2</source>
        <translation>Disposición de vistas: 1x1, 1x3 o 2x2</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="27"/>
        <source>User interface language: en, pt_BR or es</source>
        <translation>Idioma de la interfaz: en, pt_BR o es</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="28"/>
        <source>Save a screenshot of the window once the study is shown, then quit</source>
        <translation>Guardar una captura de la ventana cuando se muestre el estudio y salir</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="29"/>
        <source>Print the time from start to the first image shown, then quit</source>
        <translation>Mostrar el tiempo desde el inicio hasta la primera imagen y salir</translation>
    </message>
</context>
</TS>
